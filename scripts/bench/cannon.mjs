// One autocannon run, timed from its start to its last response. autocannon calls back only on
// its one-second tick: with `amount`, the callback comes up to a second after the last response,
// so throughput taken from the callback's time was quantised to whole seconds (200 submits done
// in 0.4 s counted as 1 s, or as 2 s when they took 1.1 s).
import autocannon from 'autocannon';

/** Runs autocannon against 127.0.0.1 only; resolves with its result and the seconds it took. */
export function cannon(opts, connections = 10) {
  if (!/^https?:\/\/127\.0\.0\.1:/.test(String(opts.url))) throw new Error('the bench targets 127.0.0.1 only');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let last = started;
    const run = autocannon({ connections, timeout: 30, ...opts }, (err, result) => (err ? reject(err) : resolve({ result, seconds: (last - started) / 1000 })));
    run.on('response', () => {
      last = performance.now();
    });
  });
}
