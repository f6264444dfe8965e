/**
 * The phone routes served outside Astro (src/server/direct-routes.ts), through a real Node HTTP
 * server against a real database: what a phone sees is what the Astro routes answered (the same
 * handlers), and every request the direct path must not take reaches the next handler untouched.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { setBus } from '../../../src/server/live/bus.ts';
import { control, createSession, type SessionRow } from '../../../src/server/sessions/index.ts';
import { DIRECT_BODY_LIMIT, cookieJar, matchPhoneRoute, serveDirect } from '../../../src/server/direct-routes.ts';
import { testQuestions, testSeed } from '../../../src/server/sessions/index.ts';
import { rightResponse } from '../../helpers/answers.ts';
import type { StaffUser } from '../../../src/server/auth/staff.ts';
import { CLIENT_PROTO_HEADER } from '../../../src/server/proxy.ts';

let db: TestDb;
let s: SessionRow;
let server: http.Server;
let base: string;
/** Requests the direct path left to the next handler (Astro in production). */
const passedOn: string[] = [];
const facilitator: StaffUser = { id: 'f-1', username: 'fasil', displayName: 'Fasilitator', role: 'facilitator', unitId: 'KAB-TABALONG', mustChangePassword: false, disabled: false };
const person = { nip: '198609262015051001', name: 'Budi Santoso', jabatan: 'Penyuluh Agama Islam' };

const send = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init);
const jsonBody = (body: unknown, headers: Record<string, string> = {}) => ({ body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const count = async (table: 'live_participants' | 'live_answers' | 'learners') =>
  Number((await db.handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  db = await openTestDb();
  await setBus(undefined);
  const now = new Date().toISOString();
  await db.handle.db.insertInto('units').values({ id: 'KAB-TABALONG', name: 'Kankemenag Tabalong', parent_id: null, created_at: now }).execute();
  await db.handle.db.insertInto('staff_users').values({ id: 'f-1', username: 'fasil', display_name: 'Fasilitator', password_hash: 'x', role: 'facilitator', unit_id: 'KAB-TABALONG', must_change_password: 0, failed_logins: 0, locked_until: null, created_at: now }).execute();
  s = await createSession(facilitator, { title: 'Pembinaan netralitas', day: now.slice(0, 10), place: 'Aula', unitId: 'KAB-TABALONG', withPre: true, withPost: false });
  server = http.createServer((req, res) => {
    // As scripts/serve.mjs marks every request: the scheme the client used (here: a test header
    // standing in for a trusted proxy), never a copy of the internal header the client sent.
    req.headers[CLIENT_PROTO_HEADER] = req.headers['x-test-https'] ? 'https' : 'http';
    if (serveDirect(req, res)) return;
    passedOn.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await setBus(undefined);
  await db?.close();
});

describe('which requests the direct path takes', () => {
  it('takes the phone routes only, by method and path', () => {
    expect(matchPhoneRoute('POST', '/api/sesi/ABC234/gabung')?.route.path).toBe('/gabung');
    expect(matchPhoneRoute('POST', '/api/sesi/ABC234/gabung/')?.code).toBe('ABC234');
    expect(matchPhoneRoute('GET', '/api/sesi/ABC234')?.route.path).toBe('');
    expect(matchPhoneRoute('PUT', '/api/sesi/ABC234/jawaban')?.route.path).toBe('/jawaban');
    expect(matchPhoneRoute('POST', '/api/sesi/ABC234/deklarasi')?.route.path).toBe('/deklarasi');
    // The event stream, other methods and other paths stay with Astro.
    expect(matchPhoneRoute('GET', '/api/sesi/ABC234/events')).toBeUndefined();
    expect(matchPhoneRoute('GET', '/api/sesi/ABC234/gabung')).toBeUndefined();
    expect(matchPhoneRoute('DELETE', '/api/sesi/ABC234')).toBeUndefined();
    expect(matchPhoneRoute('POST', '/api/staf/sesi/ABC234')).toBeUndefined();
    expect(matchPhoneRoute('GET', '/api/sesi/%E0%A4%A')).toBeUndefined();
  });

  it('passes on a body without a length or over the limit, unread, and another method', async () => {
    const big = await send(`/api/sesi/${s.code}/gabung`, { method: 'POST', ...jsonBody({ ...person, pad: 'x'.repeat(DIRECT_BODY_LIMIT) }) });
    expect(big.status).toBe(418);
    const chunked = await send(`/api/sesi/${s.code}/gabung`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, duplex: 'half',
      body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(JSON.stringify(person))), c.close()) }),
    } as RequestInit);
    expect(chunked.status).toBe(418);
    expect((await send(`/api/sesi/${s.code}/events`)).status).toBe(418);
    expect(passedOn).toEqual([`POST /api/sesi/${s.code}/gabung`, `POST /api/sesi/${s.code}/gabung`, `GET /api/sesi/${s.code}/events`]);
    expect(await count('live_participants')).toBe(0);
  });
});

describe('a phone in the hall', () => {
  let pass = '';

  it('refuses a cross-site join before reading anything (403, in Indonesian)', async () => {
    const r = await send(`/api/sesi/${s.code}/gabung`, { method: 'POST', ...jsonBody(person, { origin: 'https://jahat.example' }) });
    expect(r.status).toBe(403);
    expect((await r.json()).error).toMatch(/situs lain|asal/i);
    expect(await count('live_participants')).toBe(0);
  });

  it('answers malformed JSON and an unknown code with a 4xx and writes nothing', async () => {
    const bad = await send(`/api/sesi/${s.code}/gabung`, { method: 'POST', body: '{"nip":', headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toBeTruthy();
    const unknown = await send('/api/sesi/ZZZZZZ/gabung', { method: 'POST', ...jsonBody(person) });
    expect(unknown.status).toBe(404);
    expect(await count('learners')).toBe(0);
  });

  it('joins: the pass comes as an HttpOnly, SameSite cookie and the view names the person', async () => {
    const r = await send(`/api/sesi/${s.code}/gabung`, { method: 'POST', ...jsonBody(person) });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toContain('no-store');
    const cookie = r.headers.getSetCookie();
    expect(cookie).toHaveLength(1);
    expect(cookie[0]).toMatch(/^netral_sesi=[\w-]{20,};/);
    expect(cookie[0]).toMatch(/HttpOnly/i);
    expect(cookie[0]).toMatch(/SameSite=Lax/i);
    expect(cookie[0]).toMatch(/Path=\//);
    const body = await r.json();
    expect(body.already).toBe(false);
    expect(body.view.participant.name).toBe(person.name);
    pass = cookie[0]!.split(';')[0]!;
    expect(await count('live_participants')).toBe(1);
  });

  it('gets a Secure pass over https, as the server saw the request, whatever the client claims', async () => {
    const over = (headers: Record<string, string>) =>
      send(`/api/sesi/${s.code}/gabung`, { method: 'POST', ...jsonBody({ ...person }, headers) }).then((r) => r.headers.getSetCookie()[0] ?? '');
    expect(await over({ 'x-test-https': '1' })).toMatch(/; Secure/);
    expect(await over({ [CLIENT_PROTO_HEADER]: 'https' })).not.toMatch(/Secure/);
  });

  it('sees its view with the pass, and a stranger without it sees no participant', async () => {
    const mine = await (await send(`/api/sesi/${s.code}`, { headers: { cookie: pass } })).json();
    expect(mine.participant.nip).toBe(person.nip);
    const stranger = await (await send(`/api/sesi/${s.code}`)).json();
    expect(stranger.participant).toBeFalsy();
  });

  it('answers an open question once; without the pass the answer is refused (401)', async () => {
    await control(facilitator, s, { action: 'openAll', test: 'pre' });
    const { q } = testQuestions(s, 'pre').byId.values().next().value!;
    const response = rightResponse(q, testSeed(s, 'pre'));
    const noPass = await send(`/api/sesi/${s.code}/jawaban`, { method: 'PUT', ...jsonBody({ test: 'pre', questionId: q.id, response }) });
    expect(noPass.status).toBe(401);
    const r = await send(`/api/sesi/${s.code}/jawaban`, { method: 'PUT', ...jsonBody({ test: 'pre', questionId: q.id, response }, { cookie: pass }) });
    expect(await r.json()).toEqual({ ok: true });
    expect(await count('live_answers')).toBe(1);
  });
});

describe('the cookie jar', () => {
  it('reads the Cookie header and writes Set-Cookie as a browser expects', () => {
    const { jar, setCookies } = cookieJar('a=1; netral_sesi=abc%20d');
    expect(jar.get('netral_sesi')?.value).toBe('abc d');
    expect(jar.get('missing')).toBeUndefined();
    jar.set('x', 'v', { httpOnly: true, sameSite: 'strict', secure: true, path: '/', expires: new Date(Date.UTC(2030, 0, 1)) });
    jar.delete('y', { path: '/' });
    expect(setCookies[0]).toBe('x=v; Path=/; Expires=Tue, 01 Jan 2030 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict');
    expect(setCookies[1]).toMatch(/^y=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT/);
  });
});
