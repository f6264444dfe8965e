/**
 * The phone's JSON endpoints of a live session: join, the phone's view, an answer and the
 * declaration. They are what a hall of 300 phones sends at the same moment, so each is written
 * once, against PhoneContext (the part of Astro's APIContext they use), and served two ways:
 *  - by its Astro route in src/pages/api/sesi/[code]/ (`astro dev`, and the route table of record);
 *  - in production by scripts/serve.mjs through direct-routes.ts, outside Astro's request
 *    pipeline, which cost 0.4 ms of a request's 1.3 ms in a hall burst (profiled with the
 *    live-session bench: the bare Node server answers the same request in 0.08 ms).
 * The phone's event stream stays an Astro route: each phone opens it once per session.
 */
import { t } from '../../i18n/index.ts';
import { clientIp, HttpProblem, isHttps, json, readJson, withProblems, type CookieJar } from '../http.ts';
import { currentLearner, liveLearner, markJoinedWithAccount, openLearnerSession, requireLiveLearner, setSessionCookie } from '../accounts/sessions.ts';
import { LIVE_JSON } from '../live/sse.ts';
import { countJoin, sessionByCodeFrom } from './guard.ts';
import { isExpired } from './common.ts';
import { joinSession, participantOf, requireParticipant } from './join.ts';
import { answer } from './tests.ts';
import { sign } from './signing.ts';
import { participantView } from './views.ts';

/** What a phone route reads of its request: Astro's APIContext has all of it. */
export interface PhoneContext {
  /** `code`: the session's join code from the path. */
  params: Record<string, string | undefined>;
  request: Request;
  cookies: CookieJar;
  /** The socket's address (Astro's; the server's own header comes first: clientIp). */
  clientAddress?: string;
}

/** Join with NIP, name and jabatan: records attendance once and opens this live session on the phone. */
export const joinByPhone = (context: PhoneContext): Promise<Response> =>
  withProblems(async () => {
    const { params, request, cookies } = context;
    const ip = clientIp(context);
    await countJoin(ip);
    const s = await sessionByCodeFrom(ip, params.code, { forJoin: true });
    const body = await readJson(request, 4 * 1024);
    // Code + NIP opens this live session only (its own cookie), never the learner's account. The
    // pass is written with the attendance, in one transaction.
    const account = await currentLearner(cookies);
    const now = new Date();
    const { participant, already, extra: pass } = await joinSession(s, body, now, undefined, async (trx, joined) => {
      if (account?.id === joined.learner.id) return void (await markJoinedWithAccount(joined.participant.id, trx));
      return openLearnerSession(trx, joined.learner.id, now, { scope: `live:${s.id}`, userAgent: request.headers.get('user-agent') });
    });
    if (pass) setSessionCookie(cookies, pass, isHttps(request), true);
    return json({ already, view: await participantView(s, participant, undefined, !already) }, 200, LIVE_JSON);
  });

/** The phone's view of a session: stage, revealed questions (public views only) and own answers. */
export const phoneView = (context: PhoneContext): Promise<Response> =>
  withProblems(async () => {
    const s = await sessionByCodeFrom(clientIp(context), context.params.code);
    const p = await participantOf(s, await liveLearner(context.cookies, s.id));
    // A closed or expired code tells a stranger nothing about the session.
    if (!p && isExpired(s)) throw new HttpProblem(410, t('session.codeExpired'));
    return json(await participantView(s, p), 200, LIVE_JSON);
  });

/** One answer to an open question: `{ test, questionId, response }`. A closed question answers 409. */
export const answerByPhone = (context: PhoneContext): Promise<Response> =>
  withProblems(async () => {
    const s = await sessionByCodeFrom(clientIp(context), context.params.code);
    const p = await requireParticipant(s, await requireLiveLearner(context.cookies, s.id));
    const body = await readJson(context.request, 8 * 1024);
    await answer(s, p, body.test, body.questionId, body.response);
    return json({ ok: true }, 200, LIVE_JSON);
  });

/** Sign the declaration: `{ name, confirm: true }`; signing twice keeps the first signature. */
export const signByPhone = (context: PhoneContext): Promise<Response> =>
  withProblems(async () => {
    const s = await sessionByCodeFrom(clientIp(context), context.params.code);
    const p = await requireParticipant(s, await requireLiveLearner(context.cookies, s.id));
    const body = await readJson(context.request, 2 * 1024);
    return json(await sign(s, p, body.name, body.confirm), 200, LIVE_JSON);
  });

/** A phone route: its method, its path under /api/sesi/<code> ('' for the session itself), its handler. */
export interface PhoneRoute {
  method: 'GET' | 'POST' | 'PUT';
  path: '' | '/gabung' | '/jawaban' | '/deklarasi';
  handle: (context: PhoneContext) => Promise<Response>;
}

/** Every phone route; each Astro route file of the same path serves the same handler. */
export const PHONE_ROUTES: readonly PhoneRoute[] = [
  { method: 'POST', path: '/gabung', handle: joinByPhone },
  { method: 'GET', path: '', handle: phoneView },
  { method: 'PUT', path: '/jawaban', handle: answerByPhone },
  { method: 'POST', path: '/deklarasi', handle: signByPhone },
];
