/**
 * The facilitator's console, fitting a laptop screen: the current question and the controls at
 * the top, attendance with each person's progress ("7/12") beside them, the test averages once
 * (with their definition), and the rest — results per question, the presentation, the
 * declaration, the closing documents — on tabs.
 */
import { useState } from 'preact/hooks';
import { localTime, type TimeZoneId } from '../../lib/local-time.ts';
import { fill } from '../../lib/fill.ts';
import { useStaffView } from './useStaffView.ts';
import type { StaffView, TestResults } from './types.ts';
import ResultsView, { Distribution, Gain, Summary } from './ResultsView.tsx';
import Countdown from './Countdown.tsx';
import Tabs from './Tabs.tsx';

interface Props {
  /** The session unit's time zone. */
  zone?: TimeZoneId;
  id: string;
  csrf: string;
  initial: StaffView;
  joinUrl: string;
  modules: { id: string; title: string }[];
  strings: Record<string, string>;
}

/** A time of day in the session unit's zone, with its label ("07.30 WITA"). */
const time = (iso: string, zone?: TimeZoneId) => localTime(iso, zone);
const LABEL = { pre: 'Pre-test', post: 'Post-test' } as const;
const COUNTDOWNS = [0, 30, 60, 90, 120];

export default function SessionConsole({ id, csrf, initial, joinUrl, modules, strings: s, zone }: Props) {
  const [notice, setNotice] = useState<{ kind: 'ok' | 'bad' | ''; text: string }>({ kind: '', text: '' });
  const [busy, setBusy] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const api = `/api/staf/sesi/${id}`;
  const { view, refresh } = useStaffView(api, initial);

  async function act(body: Record<string, unknown>, confirmText?: string) {
    if (confirmText && !confirm(confirmText)) return;
    setBusy(true);
    setNotice({ kind: '', text: '' });
    try {
      const res = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body) });
      const data = await res.json().catch(() => null);
      setNotice(res.ok ? { kind: 'ok', text: s['session.c.done'] } : { kind: 'bad', text: data?.error ?? s['session.error'] });
      await refresh();
    } catch {
      setNotice({ kind: 'bad', text: s['session.offline'] });
    } finally {
      setBusy(false);
    }
  }

  async function remove(pid: string, name: string) {
    if (!confirm(fill(s['session.c.removeConfirm'], { name }))) return;
    const res = await fetch(`${api}/peserta/${pid}`, { method: 'DELETE', headers: { 'x-csrf-token': csrf } });
    const data = await res.json().catch(() => null);
    setNotice(res.ok ? { kind: 'ok', text: fill(s['session.c.removed'], { name }) } : { kind: 'bad', text: data?.error ?? s['session.error'] });
    await refresh();
  }

  const st = view.state;
  const closed = view.session.status === 'closed';
  const present = view.participants.length;
  const active = st.stage === 'pre' || st.stage === 'post' ? st.stage : null;
  const activeResults = active ? view.tests[active] : undefined;

  /** The controls of one test: next question (optional countdown), reveal, close, open all, finish. */
  const testControls = (kind: 'pre' | 'post', r: TestResults) => {
    const ts = st[kind];
    const allRevealed = ts.revealed.length >= r.total;
    const current = ts.current !== null ? r.questions[ts.current] : undefined;
    return (
      <div class="controls">
        <p class="muted">{ts.finished ? s['session.c.finished'] : fill(s['session.c.progress'], { shown: ts.revealed.length, total: r.total, open: ts.open.length })}</p>
        {!ts.finished && !closed && (
          <div class="buttons">
            <button class="button" type="button" disabled={busy || allRevealed} onClick={() => act({ action: 'next', test: kind, ...(seconds ? { seconds } : {}) })}>
              {ts.revealed.length ? s['session.c.next'] : fill(s['session.c.start'], { test: LABEL[kind] })}
            </button>
            <label class="inline">
              {s['session.c.countdown']}{' '}
              <select value={seconds} onChange={(e) => setSeconds(Number((e.target as HTMLSelectElement).value))}>
                {COUNTDOWNS.map((n) => <option key={n} value={n}>{n ? fill(s['session.c.seconds'], { n }) : s['session.c.noCountdown']}</option>)}
              </select>
            </label>
            {kind === 'pre' && <button class="button secondary" type="button" disabled={busy || !current || !current.hidden} onClick={() => act({ action: 'reveal', test: kind })}>{s['session.c.reveal']}</button>}
            <button class="button secondary" type="button" disabled={busy || ts.open.length === 0} onClick={() => act({ action: 'closeQuestions', test: kind })}>{s['session.c.closeQuestions']}</button>
            <button class="button secondary" type="button" disabled={busy || allRevealed} onClick={() => act({ action: 'openAll', test: kind })}>{s['session.c.openAll']}</button>
            <button class="button secondary" type="button" disabled={busy || ts.revealed.length === 0} onClick={() => act({ action: 'finish', test: kind }, fill(s['session.c.finishConfirm'], { test: LABEL[kind] }))}>{fill(s['session.c.finish'], { test: LABEL[kind] })}</button>
          </div>
        )}
        {kind === 'post' && !ts.finished && <p class="hint">{s['session.c.postHidden']}</p>}
      </div>
    );
  };

  const stageButtons = !closed && (
    <div class="buttons stage-buttons" role="group" aria-label={s['session.c.stages']}>
      {(['pre', 'post'] as const).map((k) => view.tests[k] && !st[k].finished && st.stage !== k && (
        <button key={k} class="button secondary" type="button" disabled={busy} onClick={() => act({ action: st[k].revealed.length ? 'show' : 'next', test: k, ...(st[k].revealed.length ? { index: st[k].current ?? 0 } : {}) })}>{fill(s['session.c.goTest'], { test: LABEL[k] })}</button>
      ))}
      <button class="button secondary" type="button" disabled={busy || st.stage === 'presentation'} onClick={() => act({ action: 'stage', stage: 'presentation' })}>{s['session.c.toPresentation']}</button>
      <button class="button secondary" type="button" disabled={busy || st.stage === 'declaration'} onClick={() => act({ action: 'stage', stage: 'declaration' })}>{s['session.c.openDeclaration']}</button>
      <button class="button secondary" type="button" disabled={busy} onClick={() => act({ action: 'close' }, s['session.c.closeConfirm'])}>{s['session.c.close']}</button>
    </div>
  );

  const testPanel = (k: 'pre' | 'post') => () => {
    const r = view.tests[k]!;
    return (
      <>
        {!closed && st.stage !== k && testControls(k, r)}
        {r.finished && r.perArea.length > 0 && (
          <table class="areas">
            <caption>{s['session.report.mastery']}</caption>
            <thead><tr><th scope="col">{s['session.report.area']}</th><th scope="col" class="num">%</th></tr></thead>
            <tbody>{r.perArea.map((a) => <tr key={a.area}><td>{a.label}</td><td class="num">{String(a.percent).replace('.', ',')}%</td></tr>)}</tbody>
          </table>
        )}
        <ResultsView r={{ ...r, finished: false }} present={present} strings={s} />
      </>
    );
  };

  const tabs = [
    ...(['pre', 'post'] as const).filter((k) => view.tests[k]).map((k) => ({ id: k, label: fill(s['session.r.of'], { test: LABEL[k] }), panel: testPanel(k) })),
    {
      id: 'materi', label: s['session.c.presentation'], panel: () => (
        <ul class="module-links">
          {modules.map((m) => (
            <li key={m.id}>
              <a href={`/presentasi/${m.id}`} target="_blank" rel="noopener">{m.title}</a>
              {' · '}<a href={`/presentasi/${m.id}/pembicara`} target="_blank" rel="noopener">{s['session.c.speaker']}</a>
            </li>
          ))}
        </ul>
      ),
    },
    {
      id: 'dokumen', label: s['session.c.downloads'], panel: () => (
        <ul>
          <li><a href={`${api}/unduh/laporan.pdf`} download>{s['session.c.reportPdf']}</a></li>
          <li><a href={`${api}/unduh/laporan.csv`} download>{s['session.c.reportCsv']}</a></li>
          <li><a href={`${api}/unduh/daftar-hadir.csv`} download>{s['session.c.attendanceCsv']}</a></li>
          <li><a href={`${api}/unduh/deklarasi.csv`} download>{s['session.c.signersCsv']}</a></li>
        </ul>
      ),
    },
  ];

  const progressOf = (pid: string) => (active && activeResults ? `${activeResults.answeredBy[pid] ?? 0}/${st[active].revealed.length}` : null);

  return (
    <div class="console">
      <p class={`notice ${notice.kind}`} role="status" aria-live="polite" hidden={!notice.text}>{notice.text}</p>
      <div class="console-top">
        <section class="now" aria-labelledby="c-now">
          <h2 id="c-now">{fill(s['session.c.stage'], { stage: s[`session.stage.${st.stage}`] ?? st.stage })}</h2>
          {closed && <p class="notice">{s['session.c.sessionClosed']}</p>}
          {active && activeResults && testControls(active, activeResults)}
          {stageButtons}
          {active && activeResults && (
            activeResults.current !== null && activeResults.questions[activeResults.current] ? (
              <div class="current-q">
                {activeResults.questions[activeResults.current]!.open && <Countdown deadline={activeResults.deadline} strings={s} />}
                <Distribution q={activeResults.questions[activeResults.current]!} present={present} strings={s} level={3} />
              </div>
            ) : <p>{s['session.r.none']}</p>
          )}
          {st.stage === 'declaration' && <p>{fill(s['session.c.signed'], { n: view.signed, total: present })}</p>}
          <div class="averages">
            {(['pre', 'post'] as const).map((k) => view.tests[k]?.finished && <Summary key={k} r={view.tests[k]!} strings={s} areas={false} />)}
            <Gain gain={view.gain} strings={s} />
          </div>
        </section>

        <aside class="people" aria-labelledby="c-att">
          <p class="join-line">{s['session.c.code']} <strong class="code">{view.session.code.slice(0, 3)} {view.session.code.slice(3)}</strong> · <span class="url">{joinUrl}</span></p>
          <p><a class="button small" href={`/staf/sesi/${id}/layar`} target="_blank" rel="noopener">{s['session.c.projector']}</a></p>
          <h2 id="c-att">{fill(s['session.c.attendance'], { n: present })}</h2>
          {present === 0 ? <p>{s['session.c.nobody']}</p> : (
            <div class="table-wrap people-list" tabIndex={0} role="region" aria-labelledby="c-att">
              <table class="attendance">
                <thead><tr><th scope="col">{s['session.c.name']}</th><th scope="col">{active ? s['session.c.answeredCol'] : s['session.c.joinedAt']}</th><th scope="col">{s['session.c.signedAt']}</th><th scope="col"><span class="visually-hidden">{s['session.c.actions']}</span></th></tr></thead>
                <tbody>
                  {view.participants.map((p) => (
                    <tr key={p.id}>
                      <td>{p.name}<br /><span class="muted small">{p.nip}</span></td>
                      <td class="num">{progressOf(p.id) ?? time(p.joinedAt, zone)}</td>
                      <td>{p.signedAt ? time(p.signedAt, zone) : '–'}</td>
                      <td><button class="button secondary small" type="button" aria-label={fill(s['session.c.removeLabel'], { name: p.name })} onClick={() => remove(p.id, p.name)}>{s['session.c.remove']}</button></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </aside>
      </div>
      <Tabs tabs={tabs} label={s['session.c.tabs']} />
    </div>
  );
}
