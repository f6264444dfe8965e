/**
 * The learner's exam status on /ujian: past attempts with links to their results, attempts left,
 * the modules still missing before the final exam, and who to contact when no attempt is left.
 * Filled in from /api/ujian (the page itself is static and works offline).
 */
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../lib/fill.ts';

interface Attempt { id: string; status: string; score: number | null; passed: boolean | null; submittedAt: string | null }
interface Status {
  pre: { attempts: Attempt[] };
  final: { attempts: Attempt[] };
  missingModules: { id: string; title: string }[];
  attemptsLeft: number | null;
  passed: boolean;
}
interface Props { strings: Record<string, string>; contact: string }

// The device's own time zone, named (WIB/WITA/WIT on Indonesian devices).
const when = (iso: string) => new Date(iso).toLocaleString('id-ID', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

export default function ExamStatus({ strings: s, contact }: Props) {
  const [st, setSt] = useState<Status | null | 'guest'>(null);
  useEffect(() => {
    fetch('/api/ujian', { credentials: 'same-origin' })
      .then((r) => (r.status === 401 ? 'guest' : r.ok ? r.json() : null))
      .then(setSt)
      .catch(() => setSt(null));
  }, []);
  if (st === null) return null;
  if (st === 'guest')
    return (
      <div class="notice">
        <p>{s['exam.needProfile']}</p>
        <p><a class="button" href="/masuk?lanjut=/ujian">{s['exam.fillProfile']}</a></p>
      </div>
    );
  const rows = [
    ...st.pre.attempts.map((a) => ({ ...a, kind: s['journey.kindPre'], final: false })),
    ...st.final.attempts.map((a) => ({ ...a, kind: s['journey.kindFinal'], final: true })),
  ].sort((a, b) => (b.submittedAt ?? '9').localeCompare(a.submittedAt ?? '9'));
  return (
    <section class="card" aria-labelledby="riwayat">
      <h2 id="riwayat">{s['journey.pastTitle']}</h2>
      <p>
        {st.passed ? s['journey.finalPassed'] : st.attemptsLeft === null ? s['journey.finalUnlimited'] : st.attemptsLeft === 0 ? s['journey.finalNone'] : fill(s['journey.finalLeft'], { left: st.attemptsLeft })}
      </p>
      {!st.passed && st.attemptsLeft === 0 && <p class="notice" role="note">{fill(s['journey.contact'], { contact })}</p>}
      {!st.passed && st.missingModules.length > 0 && (
        <>
          <p>{s['journey.missingIntro']}</p>
          <ul>{st.missingModules.map((m) => <li key={m.id}><a href={`/modul/${m.id}`}>{m.title}</a></li>)}</ul>
        </>
      )}
      {rows.length === 0 ? (
        <p>{s['journey.none']}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead><tr><th scope="col">{s['journey.colKind']}</th><th scope="col">{s['journey.colWhen']}</th><th scope="col">{s['journey.colScore']}</th><th scope="col">{s['journey.colResult']}</th></tr></thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.kind}</th>
                  <td>{a.submittedAt ? when(a.submittedAt) : s['journey.open']}</td>
                  <td>{a.score === null ? '—' : a.score.toLocaleString('id-ID')}</td>
                  <td>
                    {a.status === 'submitted' ? (
                      <a href={`/hasil/${a.id}`}>{a.final ? (a.passed ? s['journey.passed'] : s['journey.failed']) : s['journey.seeResult']}<span class="visually-hidden"> — {a.kind} {a.submittedAt ? when(a.submittedAt) : ''}</span></a>
                    ) : (
                      <a href={a.final ? '/ujian/akhir' : '/ujian/pre-test'}>{s['journey.open']}</a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
