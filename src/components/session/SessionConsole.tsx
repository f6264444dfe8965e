/**
 * The facilitator's console: run the tests question by question (or all at once), switch to the
 * presentation and the declaration, watch attendance and results live, remove a wrong entry,
 * close the session and download its documents.
 */
import { useState } from 'preact/hooks';
import { localTime, type TimeZoneId } from '../../lib/local-time.ts';
import { fill } from '../../lib/fill.ts';
import { useStaffView } from './useStaffView.ts';
import type { StaffView } from './types.ts';
import ResultsView from './ResultsView.tsx';

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

export default function SessionConsole({ id, csrf, initial, joinUrl, modules, strings: s, zone }: Props) {
  const [notice, setNotice] = useState<{ kind: 'ok' | 'bad' | ''; text: string }>({ kind: '', text: '' });
  const [busy, setBusy] = useState(false);
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
  const testControls = (kind: 'pre' | 'post') => {
    const r = view.tests[kind];
    if (!r) return null;
    const ts = st[kind];
    const label = kind === 'pre' ? 'Pre-test' : 'Post-test';
    const allRevealed = ts.revealed.length >= r.total;
    return (
      <section class="control" aria-labelledby={`c-${kind}`}>
        <h3 id={`c-${kind}`}>{label}</h3>
        <p class="muted">
          {ts.finished ? s['session.c.finished'] : fill(s['session.c.progress'], { shown: ts.revealed.length, total: r.total, open: ts.open.length })}
        </p>
        {!ts.finished && !closed && (
          <div class="buttons">
            <button class="button" type="button" disabled={busy || allRevealed} onClick={() => act({ action: 'next', test: kind })}>{s['session.c.next']}</button>
            <button class="button secondary" type="button" disabled={busy || allRevealed} onClick={() => act({ action: 'openAll', test: kind })}>{s['session.c.openAll']}</button>
            <button class="button secondary" type="button" disabled={busy || ts.open.length === 0} onClick={() => act({ action: 'closeQuestions', test: kind })}>{s['session.c.closeQuestions']}</button>
            <button class="button secondary" type="button" disabled={busy || ts.revealed.length === 0} onClick={() => act({ action: 'finish', test: kind }, fill(s['session.c.finishConfirm'], { test: label }))}>{fill(s['session.c.finish'], { test: label })}</button>
          </div>
        )}
      </section>
    );
  };

  return (
    <div class="console">
      <p class={`notice ${notice.kind}`} role="status" aria-live="polite" hidden={!notice.text}>{notice.text}</p>
      <section class="join-info" aria-labelledby="c-join">
        <h2 id="c-join">{s['session.c.joinTitle']}</h2>
        <p>{s['session.c.code']} <strong class="code">{view.session.code.slice(0, 3)} {view.session.code.slice(3)}</strong> · <span class="url">{joinUrl}</span></p>
        <p><a class="button" href={`/staf/sesi/${id}/layar`} target="_blank" rel="noopener">{s['session.c.projector']}</a></p>
        {closed && <p class="notice">{s['session.c.sessionClosed']}</p>}
      </section>

      <section aria-labelledby="c-run">
        <h2 id="c-run">{s['session.c.run']}</h2>
        <p>{fill(s['session.c.stage'], { stage: s[`session.stage.${st.stage}`] ?? st.stage })}</p>
        {testControls('pre')}
        <section class="control" aria-labelledby="c-pres">
          <h3 id="c-pres">{s['session.c.presentation']}</h3>
          <ul class="module-links">
            {modules.map((m) => <li key={m.id}><a href={`/presentasi/${m.id}`} target="_blank" rel="noopener">{m.title}</a></li>)}
          </ul>
          {!closed && <button class="button secondary" type="button" disabled={busy || st.stage === 'presentation'} onClick={() => act({ action: 'stage', stage: 'presentation' })}>{s['session.c.toPresentation']}</button>}
        </section>
        {testControls('post')}
        <section class="control" aria-labelledby="c-decl">
          <h3 id="c-decl">{s['session.c.declaration']}</h3>
          <p class="muted">{fill(s['session.c.signed'], { n: view.signed, total: view.participants.length })}</p>
          {!closed && <button class="button" type="button" disabled={busy || st.stage === 'declaration'} onClick={() => act({ action: 'stage', stage: 'declaration' })}>{s['session.c.openDeclaration']}</button>}
        </section>
        {!closed && (
          <p><button class="button secondary" type="button" disabled={busy} onClick={() => act({ action: 'close' }, s['session.c.closeConfirm'])}>{s['session.c.close']}</button></p>
        )}
      </section>

      <section aria-labelledby="c-results">
        <h2 id="c-results">{s['session.c.results']}</h2>
        <ResultsView view={view} strings={s} mode="console" />
      </section>

      <section aria-labelledby="c-att">
        <h2 id="c-att">{fill(s['session.c.attendance'], { n: view.participants.length })}</h2>
        {view.participants.length === 0 ? <p>{s['session.c.nobody']}</p> : (
          <div class="table-wrap">
            <table class="attendance">
              <thead><tr><th scope="col">No</th><th scope="col">{s['session.c.name']}</th><th scope="col">NIP</th><th scope="col">{s['session.c.jabatan']}</th><th scope="col">{s['session.c.joinedAt']}</th><th scope="col">{s['session.c.signedAt']}</th><th scope="col"><span class="visually-hidden">{s['session.c.actions']}</span></th></tr></thead>
              <tbody>
                {view.participants.map((p, i) => (
                  <tr key={p.id}>
                    <td>{i + 1}</td><td>{p.name}</td><td>{p.nip}</td><td>{p.jabatan}</td><td>{time(p.joinedAt, zone)}</td><td>{p.signedAt ? time(p.signedAt, zone) : '–'}</td>
                    <td><button class="button secondary small" type="button" aria-label={fill(s['session.c.removeLabel'], { name: p.name })} onClick={() => remove(p.id, p.name)}>{s['session.c.remove']}</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="c-dl">
        <h2 id="c-dl">{s['session.c.downloads']}</h2>
        <ul>
          <li><a href={`${api}/unduh/laporan.pdf`} download>{s['session.c.reportPdf']}</a></li>
          <li><a href={`${api}/unduh/laporan.csv`} download>{s['session.c.reportCsv']}</a></li>
          <li><a href={`${api}/unduh/daftar-hadir.csv`} download>{s['session.c.attendanceCsv']}</a></li>
          <li><a href={`${api}/unduh/deklarasi.csv`} download>{s['session.c.signersCsv']}</a></li>
        </ul>
      </section>
    </div>
  );
}
