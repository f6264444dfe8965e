/**
 * Bad input against every learner-facing endpoint, as data: a table of endpoints (add a new one
 * with one entry) and the hostile requests derived from each. Also the small plain-HTTP learner
 * client and the database dump the bad-input, fault and bench scripts share.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { rightResponse } from './answers.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import type { PublicQuestion, QuestionResponse } from '../../src/quizzes/engine/types.ts';
import { t } from '../../src/i18n/index.ts';

export const MSG = {
  badJson: t('error.badJson'),
  tooLarge: t('error.tooLarge'),
  notJson: t('error.notJson'),
  crossOrigin: t('error.crossOrigin'),
  learnerRequired: t('learner.required'),
};

// ---------------------------------------------------------------------------------------------
// A learner over plain HTTP (cookie jar of one cookie), as the bench and the fault tests need.

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or null. */
  json: any;
}

export class Client {
  readonly base: string;
  cookie = '';
  constructor(base: string) {
    this.base = base;
  }

  async request(method: string, url: string, opts: { body?: unknown; raw?: string | Uint8Array; headers?: Record<string, string>; cookie?: string } = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...opts.headers };
    const cookie = opts.cookie ?? this.cookie;
    if (cookie) headers.cookie = cookie;
    let body: string | Uint8Array | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + url, { method, headers, body: body as BodyInit | undefined, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      if (pair.startsWith('netral_peserta=')) this.cookie = /=\s*$/.test(pair) || /expires=Thu, 01 Jan 1970/i.test(c) ? '' : pair;
    }
    const buf = Buffer.from(await res.arrayBuffer());
    const text = (res.headers.get('content-type') ?? '').includes('pdf') ? '' : buf.toString('utf8');
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, headers: res.headers, text, json };
  }
}

/** A valid, distinct PNS NIP for test learner `i` (0 ≤ i < 1998). */
export function nipFor(i: number): string {
  const gender = i < 999 ? '1' : '2';
  return `19860926201505${gender}${String((i % 999) + 1).padStart(3, '0')}`;
}

/** The password test learners register with (accounts: NIP + password). */
export const TEST_PASSWORD = 'sandi-uji-12345';

/** Every module id of the course (file names of the lessons), for recording them as finished. */
export const MODULE_IDS = readdirSync(path.resolve('src/content/modules')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();

/**
 * Registers a learner account over HTTP (NIP + password) and, unless `modules` is false, records
 * every module as finished, so that the final exam's module gate is open.
 */
export async function identify(base: string, nip: string, name = 'Siti Aminah, S.Ag.', opts: { modules?: boolean; password?: string; unit?: string; jabatan?: string } = {}): Promise<Client> {
  const c = new Client(base);
  const r = await c.request('POST', '/api/akun/daftar', { body: { nip, name, jabatan: opts.jabatan ?? 'Penyuluh Agama Islam', unit: opts.unit ?? 'KUA Kecamatan Tanjung', password: opts.password ?? TEST_PASSWORD } });
  if (r.status !== 201 || !c.cookie) throw new Error(`register ${nip}: ${r.status} ${r.text}`);
  if (opts.modules !== false) {
    const at = new Date().toISOString();
    const m = await c.request('POST', '/api/kemajuan', { body: { modules: Object.fromEntries(MODULE_IDS.map((id) => [id, at])) } });
    if (m.status !== 200) throw new Error(`modules ${nip}: ${m.status} ${m.text}`);
  }
  return c;
}

/** The seed of an attempt, read from the database (only a test may). */
export function seedOf(dataDir: string, attemptId: string): string {
  const d = new DatabaseSync(path.join(dataDir, 'netral.db'), { readOnly: true });
  try {
    return (d.prepare('SELECT seed FROM attempts WHERE id = ?').get(attemptId) as { seed: string }).seed;
  } finally {
    d.close();
  }
}

/** Right answers for the first `nRight` questions of an attempt (all by default). */
export function responsesFor(questions: readonly PublicQuestion[], seed: string, nRight = questions.length): Record<string, QuestionResponse> {
  return Object.fromEntries(questions.slice(0, nRight).map((q) => [q.id, rightResponse(gradedBank.find((g) => g.id === q.id)!, seed)]));
}

export async function startExam(c: Client, kind: 'pre' | 'final'): Promise<{ id: string; questions: PublicQuestion[] }> {
  const r = await c.request('POST', '/api/ujian', { body: { kind } });
  if (r.status !== 200) throw new Error(`start ${kind}: ${r.status} ${r.text}`);
  return r.json;
}

/** Passes the final exam through the API; returns the attempt and its certificate number. */
export async function passFinal(c: Client, dataDir: string): Promise<{ attemptId: string; number: string }> {
  const a = await startExam(c, 'final');
  const r = await c.request('POST', `/api/ujian/${a.id}/kirim`, { body: { responses: responsesFor(a.questions, seedOf(dataDir, a.id)) } });
  if (r.status !== 200 || !r.json.certificateNumber) throw new Error(`submit: ${r.status} ${r.text}`);
  return { attemptId: a.id, number: r.json.certificateNumber };
}

/** Inserts a learner session that expired yesterday; returns its cookie. */
export function expiredSessionCookie(dataDir: string, learnerNip: string): string {
  const token = randomBytes(32).toString('base64url');
  const d = new DatabaseSync(path.join(dataDir, 'netral.db'));
  try {
    d.exec('PRAGMA busy_timeout = 5000');
    const { id } = d.prepare('SELECT id FROM learners WHERE nip = ?').get(learnerNip) as { id: string };
    const day = 86_400_000;
    d.prepare('INSERT INTO learner_sessions (id, learner_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
      createHash('sha256').update(token).digest('hex'), id, new Date(Date.now() - 200 * day).toISOString(), new Date(Date.now() - day).toISOString(),
    );
  } finally {
    d.close();
  }
  return `netral_peserta=${token}`;
}

/** Every row of every table (SQLite, read-only), as one comparable string per table. */
export function dumpDatabase(dataDir: string): Record<string, string> {
  const d = new DatabaseSync(path.join(dataDir, 'netral.db'), { readOnly: true });
  try {
    const tables = d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    const out: Record<string, string> = {};
    for (const { name } of tables) out[name] = JSON.stringify(d.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all());
    return out;
  } finally {
    d.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The endpoint table.

/** What the bad-input suite sets up once: a learner with a passed final exam and an open pre-test. */
export interface Fixtures {
  learner: Client;
  nip: string;
  /** The learner's open pre-test and one question of it with a valid answer. */
  openAttemptId: string;
  openQuestion: { id: string; response: QuestionResponse };
  submittedAttemptId: string;
  certificateNumber: string;
  expiredCookie: string;
}

export interface JsonBody {
  /** A body the endpoint accepts. */
  valid: (f: Fixtures) => Record<string, unknown>;
  /** The endpoint's body limit in bytes. */
  limit: number;
  /** Bodies of the right shape with wrong value types. */
  wrongTypes: (f: Fixtures) => unknown[];
  /** Bodies that carry `s` in each client-chosen field. */
  inject: (f: Fixtures, s: string) => Record<string, unknown>[];
}

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path with real fixture values. */
  path: (f: Fixtures) => string;
  /** The path with `s` where the client picks an identifier (URL-encoded by the caller). */
  pathWith?: (f: Fixtures, s: string) => string;
  /** 'api': JSON `{ error }`; 'page': an HTML page that shows the message. */
  answers: 'api' | 'page';
  /** Needs a learner session: without a valid one the answer is 401. */
  session: boolean;
  body?: JsonBody;
}

const enc = encodeURIComponent;

export const ENDPOINTS: Record<string, Endpoint> = {
  'GET /api/peserta': { method: 'GET', path: () => '/api/peserta', answers: 'api', session: true },
  'POST /api/peserta': {
    method: 'POST', path: () => '/api/peserta', answers: 'api', session: true,
    body: {
      valid: () => ({ name: 'Siti Aminah, S.Ag.', jabatan: 'Guru', unit: 'MTsN 1 Tabalong' }),
      limit: 4 * 1024,
      wrongTypes: () => [
        { name: ['Ahmad'], jabatan: 'Guru', unit: 'MTsN 1' },
        { name: 'Siti Aminah', jabatan: { x: 1 }, unit: 'MTsN 1' },
        { name: 'Siti Aminah', jabatan: 'Guru', unit: null },
        { name: 'Siti Aminah', jabatan: 'Guru', unit: 'MTsN 1', pangkat: 3 },
      ],
      inject: (_f, s) => [{ name: s, jabatan: 'Guru', unit: 'MTsN 1' }],
    },
  },
  'POST /api/akun/daftar': {
    method: 'POST', path: () => '/api/akun/daftar', answers: 'api', session: false,
    body: {
      valid: () => ({ nip: nipFor(1900), name: 'Ahmad Fauzi', jabatan: 'Guru', unit: 'MTsN 1 Tabalong', password: TEST_PASSWORD }),
      limit: 4 * 1024,
      wrongTypes: () => [
        { nip: 19860926201505, name: 'Ahmad Fauzi', jabatan: 'Guru', unit: 'MTsN 1' },
        { nip: nipFor(1901), name: ['Ahmad'], jabatan: 'Guru', unit: 'MTsN 1' },
        { nip: nipFor(1902), name: 'Ahmad Fauzi', jabatan: { x: 1 }, unit: 'MTsN 1' },
        { nip: nipFor(1903), name: 'Ahmad Fauzi', jabatan: 'Guru', unit: null },
        { nip: nipFor(1904), name: 'Ahmad Fauzi', jabatan: 'Guru', unit: 'MTsN 1', pangkat: 3 },
      ],
      inject: (_f, s) => [
        { nip: s, name: 'Ahmad Fauzi', jabatan: 'Guru', unit: 'MTsN 1', password: TEST_PASSWORD },
        { nip: nipFor(1905), name: s, jabatan: 'Guru', unit: 'MTsN 1', password: TEST_PASSWORD },
      ],
    },
  },
  'POST /api/akun/masuk': {
    method: 'POST', path: () => '/api/akun/masuk', answers: 'api', session: false,
    body: {
      valid: () => ({ nip: nipFor(1907), password: TEST_PASSWORD }),
      limit: 2 * 1024,
      wrongTypes: () => [{ nip: 19860926201505, password: TEST_PASSWORD }, { nip: nipFor(1907), password: ['x'] }, { nip: null, password: null }],
      inject: (_f, s) => [{ nip: s, password: s }, { nip: nipFor(1908), password: s }],
    },
  },
  'POST /api/akun/pulihkan': {
    method: 'POST', path: () => '/api/akun/pulihkan', answers: 'api', session: false,
    body: {
      valid: () => ({ nip: nipFor(1909), code: 'ABCD-EFGH-JKMN-PQRS', password: TEST_PASSWORD }),
      limit: 2 * 1024,
      wrongTypes: () => [{ nip: nipFor(1909), code: 1234, password: TEST_PASSWORD }, { nip: nipFor(1909), code: ['x'], password: 1 }],
      inject: (_f, s) => [{ nip: nipFor(1909), code: s, password: TEST_PASSWORD }],
    },
  },
  'GET /api/akun/status': { method: 'GET', path: () => '/api/akun/status', answers: 'api', session: true },
  'GET /api/akun/sesi': { method: 'GET', path: () => '/api/akun/sesi', answers: 'api', session: true },
  'DELETE /api/akun/sesi': { method: 'DELETE', path: () => '/api/akun/sesi?id=tidak-ada', pathWith: (_f, s) => `/api/akun/sesi?id=${enc(s)}`, answers: 'api', session: true },
  'POST /api/akun/sandi': {
    method: 'POST', path: () => '/api/akun/sandi', answers: 'api', session: true,
    body: {
      valid: () => ({ current: 'salah-sekali-123', password: 'sandi-baru-12345' }),
      limit: 2 * 1024,
      wrongTypes: () => [{ current: 1, password: 2 }, { current: ['x'], password: 'sandi-baru-12345' }],
      inject: (_f, s) => [{ current: s, password: s }],
    },
  },
  'DELETE /api/peserta': { method: 'DELETE', path: () => '/api/peserta', answers: 'api', session: false },
  'POST /api/kemajuan': {
    method: 'POST', path: () => '/api/kemajuan', answers: 'api', session: true,
    body: {
      valid: () => ({ modules: { '01-mengapa-netral': new Date().toISOString() } }),
      limit: 8 * 1024,
      wrongTypes: () => [{ modules: ['01-mengapa-netral'] }, { modules: { '01-mengapa-netral': 1 } }, { modules: 'semua' }, { modules: null }],
      inject: () => [],
    },
  },
  'GET /api/ujian': { method: 'GET', path: () => '/api/ujian', answers: 'api', session: true },
  'POST /api/ujian': {
    method: 'POST', path: () => '/api/ujian', answers: 'api', session: true,
    body: {
      valid: () => ({ kind: 'pre' }),
      limit: 1024,
      wrongTypes: () => [{ kind: 1 }, { kind: ['final'] }, { kind: null }, { kind: { final: true } }, { kind: true }],
      inject: (_f, s) => [{ kind: s }],
    },
  },
  'GET /api/ujian/<id>': { method: 'GET', path: (f) => `/api/ujian/${f.openAttemptId}`, pathWith: (_f, s) => `/api/ujian/${enc(s)}`, answers: 'api', session: true },
  'PUT /api/ujian/<id>/jawaban': {
    method: 'PUT', path: (f) => `/api/ujian/${f.openAttemptId}/jawaban`, pathWith: (_f, s) => `/api/ujian/${enc(s)}/jawaban`, answers: 'api', session: true,
    body: {
      valid: (f) => ({ questionId: f.openQuestion.id, response: f.openQuestion.response }),
      limit: 8 * 1024,
      // (response: null is valid: it clears an answer.)
      wrongTypes: (f) => [
        { questionId: 7, response: f.openQuestion.response },
        { questionId: f.openQuestion.id, response: 12345 },
        { questionId: f.openQuestion.id, response: { a: { b: 1 } } },
        { questionId: f.openQuestion.id, response: 'x'.repeat(5000) },
        { questionId: [f.openQuestion.id], response: f.openQuestion.response },
      ],
      inject: (f, s) => [{ questionId: s, response: f.openQuestion.response }, { questionId: f.openQuestion.id, response: s }],
    },
  },
  'POST /api/ujian/<id>/kirim': {
    method: 'POST', path: (f) => `/api/ujian/${f.openAttemptId}/kirim`, pathWith: (_f, s) => `/api/ujian/${enc(s)}/kirim`, answers: 'api', session: true,
    body: {
      valid: (f) => ({ responses: { [f.openQuestion.id]: f.openQuestion.response } }),
      limit: 64 * 1024,
      wrongTypes: (f) => [{ responses: 'semua benar' }, { responses: [f.openQuestion.response] }, { responses: null }, { responses: { [f.openQuestion.id]: 42 } }],
      inject: (f, s) => [{ responses: { [s]: f.openQuestion.response } }, { responses: { [f.openQuestion.id]: s } }],
    },
  },
  'GET /api/ujian/<id>/hasil': { method: 'GET', path: (f) => `/api/ujian/${f.submittedAttemptId}/hasil`, pathWith: (_f, s) => `/api/ujian/${enc(s)}/hasil`, answers: 'api', session: true },
  'GET /api/sertifikat/<nomor>': { method: 'GET', path: (f) => `/api/sertifikat/${f.certificateNumber}`, pathWith: (_f, s) => `/api/sertifikat/${enc(s)}`, answers: 'api', session: false },
  'GET /sertifikat/<nomor>': { method: 'GET', path: (f) => `/sertifikat/${f.certificateNumber}`, pathWith: (_f, s) => `/sertifikat/${enc(s)}`, answers: 'page', session: true },
  'GET /sertifikat/<nomor>/pdf': { method: 'GET', path: (f) => `/sertifikat/${f.certificateNumber}/pdf`, pathWith: (_f, s) => `/sertifikat/${enc(s)}/pdf`, answers: 'api', session: true },
  'GET /sertifikat/<nomor>/badge.json': { method: 'GET', path: (f) => `/sertifikat/${f.certificateNumber}/badge.json`, pathWith: (_f, s) => `/sertifikat/${enc(s)}/badge.json`, answers: 'api', session: true },
  'GET /verifikasi?nomor=': { method: 'GET', path: (f) => `/verifikasi?nomor=${f.certificateNumber}`, pathWith: (_f, s) => `/verifikasi?nomor=${enc(s)}`, answers: 'page', session: false },
};

export const INJECTIONS = {
  sql: "'; DROP TABLE learners;--",
  sqlOr: "x' OR '1'='1",
  html: '<script>alert(1)</script>',
  htmlAttr: '"><img src=x onerror=alert(1)>',
} as const;

export interface BadCase {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Which session cookie to send: the learner's (default), none, or a given one. */
  cookie?: string;
  /** Acceptable statuses (all 4xx). */
  status: number[];
  /** The exact message, when the case has one. */
  message?: string;
}

const FOREIGN = 'https://situs-lain.example';
const json = (v: unknown) => JSON.stringify(v);
const JSON_TYPE = { 'content-type': 'application/json' };

/** The hostile requests for one endpoint. Every one must get a 4xx and write nothing. */
export function badCases(e: Endpoint, f: Fixtures): BadCase[] {
  const out: BadCase[] = [];
  const p = e.path(f);
  const add = (c: Omit<BadCase, 'method' | 'path'> & { path?: string }) => out.push({ method: e.method, path: p, ...c });
  const validBody = e.body ? json(e.body.valid(f)) : undefined;
  const withBody = validBody ? { headers: JSON_TYPE, body: validBody } : { headers: {} };

  if (e.session) {
    add({ label: 'no session cookie', ...withBody, cookie: '', status: [401], message: e.answers === 'api' ? MSG.learnerRequired : undefined });
    add({ label: 'unknown session cookie', ...withBody, cookie: `netral_peserta=${randomBytes(32).toString('base64url')}`, status: [401] });
    add({ label: 'expired session cookie', ...withBody, cookie: f.expiredCookie, status: [401] });
    add({ label: 'oversized session cookie', ...withBody, cookie: `netral_peserta=${'A'.repeat(4000)}`, status: [401] });
  }
  if (e.method !== 'GET') {
    add({ label: 'forged cross-site request (Origin of another site)', headers: { ...withBody.headers, origin: FOREIGN }, body: validBody, status: [403], message: MSG.crossOrigin });
    add({ label: 'forged cross-site request (Sec-Fetch-Site: cross-site)', headers: { ...withBody.headers, 'sec-fetch-site': 'cross-site' }, body: validBody, status: [403], message: MSG.crossOrigin });
    add({ label: 'cross-site form post (text/plain, Origin of another site)', headers: { 'content-type': 'text/plain', origin: FOREIGN }, body: validBody ?? 'x', status: [403], message: MSG.crossOrigin });
  }
  if (e.body) {
    const b = e.body;
    add({ label: 'malformed JSON', headers: JSON_TYPE, body: validBody!.slice(0, -1), status: [400], message: MSG.badJson });
    add({ label: 'JSON that is not an object', headers: JSON_TYPE, body: '[1,2,3]', status: [400], message: MSG.badJson });
    add({ label: 'JSON null', headers: JSON_TYPE, body: 'null', status: [400], message: MSG.badJson });
    add({ label: 'empty body', headers: JSON_TYPE, body: '', status: [400], message: MSG.badJson });
    add({ label: 'not declared as JSON', headers: { 'content-type': 'application/xml' }, body: validBody, status: [415], message: MSG.notJson });
    add({ label: 'form-encoded body', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=final', status: [415] });
    add({ label: `oversize body (limit + 1 KiB)`, headers: JSON_TYPE, body: json({ ...b.valid(f), padding: 'x'.repeat(b.limit + 1024) }), status: [413], message: MSG.tooLarge });
    add({ label: 'oversize body (2 MiB)', headers: JSON_TYPE, body: json({ padding: 'x'.repeat(2 * 1024 * 1024) }), status: [413] });
    add({ label: 'unknown fields only', headers: JSON_TYPE, body: json({ learner_id: 'x', status: 'submitted', score: 100, passed: 1, role: 'admin', __proto__x: { admin: true } }), status: [400, 422] });
    add({ label: 'prototype pollution keys', headers: JSON_TYPE, body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}', status: [400, 422] });
    b.wrongTypes(f).forEach((body, i) => add({ label: `wrong types #${i + 1}: ${json(body).slice(0, 60)}`, headers: JSON_TYPE, body: json(body), status: [400, 401, 409, 422] }));
    for (const [kind, s] of Object.entries(INJECTIONS)) {
      b.inject(f, s).forEach((body, i) => add({ label: `${kind} injection in body #${i + 1}`, headers: JSON_TYPE, body: json(body), status: [400, 401, 404, 409, 422] }));
    }
  }
  if (e.pathWith) {
    for (const [kind, s] of Object.entries(INJECTIONS)) {
      add({ label: `${kind} injection in the path`, path: e.pathWith(f, s), ...withBody, status: [400, 404] });
    }
  }
  return out;
}
