/**
 * Question banks imported by an admin (Moodle GIFT or Moodle XML): checked and reported per
 * question, the checked file kept as a draft on the server (nothing joins a bank yet), then,
 * once confirmed, stored in `imported_questions` for
 * one course version and bank (practice or graded), all or nothing. The exam draws from
 * `examBank`, the built-in graded bank plus the version's imported graded questions; their keys
 * stay on the server like the built-in ones (the browser only ever gets presentQuestions views).
 */
import { createHash, randomUUID } from 'node:crypto';
import { course } from '../content/course.ts';
import { gradedBank } from '../quizzes/banks/graded/index.ts';
import { practiceByModule } from '../quizzes/banks/practice/index.ts';
import type { Question } from '../quizzes/schema.ts';
import { pickQuestions } from '../quizzes/engine/index.ts';
import { giftMappingSchema, importGift, validateQuestion, type GiftReport } from '../quizzes/gift/import.ts';
import { fromMoodleXml } from '../quizzes/gift/moodle-xml.ts';
import { articleIds } from '../quizzes/gift/articles.ts';
import { getDb, type Db } from './db/index.ts';
import { HttpProblem } from './http.ts';
import { audit } from './hr/audit.ts';
import type { StaffUser } from './auth/staff.ts';
import { t } from '../i18n/index.ts';

export const BANK_KINDS = ['graded', 'practice'] as const;
export type BankKind = (typeof BANK_KINDS)[number];

/** Largest bank file the import takes (a 1,000-question GIFT bank is about 400 kB). */
export const BANK_UPLOAD_LIMIT = 1000 * 1024;

/**
 * The course versions an import can join: the current version, and every version the course
 * configuration lists once it lists them (issue "Course 1.1" adds them as `versions` or a
 * `changelog`, entries being version strings or objects with a `version`).
 */
export function courseVersions(): string[] {
  const config = course as unknown as { versions?: unknown; changelog?: unknown };
  const listed = [config.versions, config.changelog].flatMap((l) => (Array.isArray(l) ? l : []));
  const ids = listed
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { version?: unknown }).version : undefined))
    .filter((v): v is string => typeof v === 'string' && v.length > 0);
  return [...new Set([course.version, ...ids])];
}

const builtInIds = (): Set<string> => new Set([...gradedBank, ...Object.values(practiceByModule).flat()].map((q) => q.id));

/** The imported questions of a version and bank, in import order. */
export async function importedQuestions(db: Db, version: string, bank: BankKind): Promise<Question[]> {
  const rows = await db.selectFrom('imported_questions').select(['question']).where('course_version', '=', version).where('bank', '=', bank).orderBy('imported_at').orderBy('id').execute();
  // Stored only after validation; parsing again guards against a hand-edited row.
  return rows.flatMap((r) => {
    const v = validateQuestion(JSON.parse(r.question));
    return v.ok ? [v.question] : [];
  });
}

/** The bank an exam of this course version draws from and is scored against. */
export async function examBank(db: Db, version: string): Promise<Question[]> {
  const imported = await importedQuestions(db, version, 'graded');
  return imported.length ? [...gradedBank, ...imported] : gradedBank;
}

const gradedIds = new Set(gradedBank.map((q) => q.id));

/**
 * The questions of an attempt (its drawn ids, in order). Most attempts draw only built-in
 * questions: those need no database read (imported ids never equal built-in ones, see below).
 */
export async function attemptQuestions(db: Db, version: string, ids: readonly string[]): Promise<Question[]> {
  return pickQuestions(ids.every((id) => gradedIds.has(id)) ? gradedBank : await examBank(db, version), ids);
}

/** Imported questions per version, bank and area, for the admin page. */
export async function importedCounts(db: Db = getDb()): Promise<{ version: string; bank: BankKind; area: string; count: number }[]> {
  const rows = await db
    .selectFrom('imported_questions')
    .select(['course_version', 'bank', 'area', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['course_version', 'bank', 'area'])
    .orderBy('course_version')
    .orderBy('bank')
    .orderBy('area')
    .execute();
  return rows.map((r) => ({ version: r.course_version, bank: r.bank, area: r.area, count: Number(r.n) }));
}

export interface BankImportRequest {
  /** The bank file's bytes (empty when confirming a draft). */
  bytes: Uint8Array;
  /** Its name (".xml" means Moodle XML). */
  name: string;
  /** A checked file kept on the server (`draft` of the check's result), instead of the bytes. */
  draft?: unknown;
  version: unknown;
  bank: unknown;
  /** Defaults for what GIFT has no place for, as typed in the form. */
  area?: unknown;
  cites?: unknown;
  difficulty?: unknown;
  /** Store the importable questions (after a check that showed the same file). */
  apply: boolean;
  /** The digest the check returned: the confirmation must be for the file that was checked. */
  digest?: unknown;
}

export interface BankImportResult {
  report: GiftReport;
  version: string;
  bank: BankKind;
  /** SHA-256 of the file's text, to confirm exactly this file. */
  digest: string;
  /** The checked file kept on the server until confirmed (absent once applied). */
  draft?: string;
  applied: boolean;
}

/** How long a checked file waits for its confirmation. */
const DRAFT_HOURS = 24;

/** The file as UTF-8 text, or a 4xx: empty, binary, or not UTF-8. */
export function bankText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new HttpProblem(422, t('bank.empty'));
  if (bytes.length > BANK_UPLOAD_LIMIT) throw new HttpProblem(413, t('bank.tooLarge', { max: Math.floor(BANK_UPLOAD_LIMIT / 1024) }));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(415, t('bank.notText'));
  }
  // Control characters other than tab and line ends do not occur in a text bank.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new HttpProblem(415, t('bank.notText'));
  return text.replace(/^\uFEFF/, '');
}

/** Checks a bank file and, when asked, stores its importable questions (all or nothing). */
export async function importBank(user: Pick<StaffUser, 'id'>, req: BankImportRequest, now = new Date(), db: Db = getDb()): Promise<BankImportResult> {
  const version = String(req.version ?? '');
  if (!courseVersions().includes(version)) throw new HttpProblem(422, t('bank.badVersion'), { versi: t('bank.badVersion') });
  const bank = String(req.bank ?? '') as BankKind;
  if (!BANK_KINDS.includes(bank)) throw new HttpProblem(422, t('bank.badBank'), { bank: t('bank.badBank') });
  let text: string;
  let name = req.name;
  let draftId: string | undefined;
  if (typeof req.draft === 'string' && req.draft) {
    const d = await db.selectFrom('bank_import_drafts').selectAll().where('id', '=', req.draft).where('staff_id', '=', user.id).executeTakeFirst();
    if (!d) throw new HttpProblem(409, t('bank.draftGone'));
    ({ text, name } = d);
    draftId = d.id;
  } else {
    text = bankText(req.bytes);
  }
  // Over the text with its line ends normalised, so the same file always has the same digest.
  const digest = createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');

  const defaults: Record<string, unknown> = {};
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  if (str(req.area)) defaults.area = str(req.area);
  if (str(req.cites)) defaults.cites = str(req.cites).split(/[\s,;]+/).filter(Boolean);
  if (str(req.difficulty)) defaults.difficulty = Number(str(req.difficulty));
  const mapping = giftMappingSchema.safeParse(defaults);
  if (!mapping.success) {
    const field = String(mapping.error.issues[0]?.path[0] ?? '');
    throw new HttpProblem(422, t('bank.badDefault', { field: t(`bank.field.${field}`) }));
  }

  const existing = await db.selectFrom('imported_questions').select('id').where('course_version', '=', version).execute();
  const taken = new Set([...builtInIds(), ...existing.map((r) => r.id)]);
  const ctx = { taken, articles: articleIds() };
  let report: GiftReport;
  const isXml = /\.xml$/i.test(name) || /^\s*<(\?xml|quiz)\b/.test(text);
  try {
    report = isXml ? fromMoodleXml(text, mapping.data, ctx) : importGift(text, mapping.data, ctx);
  } catch (e) {
    throw new HttpProblem(422, t('bank.unreadable', { reason: (e as Error).message }));
  }
  const result: BankImportResult = { report, version, bank, digest, applied: false };
  if (report.counts.imported === 0) throw Object.assign(new HttpProblem(422, t('bank.noneImportable')), { result });
  if (!req.apply) {
    // Keep the checked file for the confirmation; drafts nobody confirmed within a day go.
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('bank_import_drafts').where('created_at', '<', new Date(now.getTime() - DRAFT_HOURS * 3_600_000).toISOString()).execute();
      await trx.insertInto('bank_import_drafts').values({ id, staff_id: user.id, name: name.slice(0, 255), text, digest, created_at: now.toISOString() }).execute();
    });
    return { ...result, draft: id };
  }
  if (req.digest !== digest) throw new HttpProblem(409, t('bank.digestMismatch'));

  const batchId = randomUUID();
  await db.transaction().execute(async (trx) => {
    const rows = report.questions.map((q) => ({
      course_version: version,
      id: q.id,
      bank,
      area: q.area,
      question: JSON.stringify(q),
      batch_id: batchId,
      imported_at: now.toISOString(),
      imported_by: user.id,
    }));
    let inserted = 0;
    for (let i = 0; i < rows.length; i += 200) {
      const r = await trx.insertInto('imported_questions').values(rows.slice(i, i + 200)).onConflict((oc) => oc.columns(['course_version', 'id']).doNothing()).executeTakeFirst();
      inserted += Number(r.numInsertedOrUpdatedRows ?? 0n);
    }
    // Another admin imported some of these ids meanwhile: nothing of this import is kept.
    if (inserted !== rows.length) throw new HttpProblem(409, t('bank.conflict'));
    await audit(trx, user.id, 'bank.import', `${version}/${bank}`, { batchId, count: rows.length, ids: rows.map((r) => r.id) }, now);
    if (draftId) await trx.deleteFrom('bank_import_drafts').where('id', '=', draftId).execute();
  });
  return { ...result, applied: true };
}

/** Largest form the import takes: the file plus the fields. */
export const BANK_FORM_LIMIT = BANK_UPLOAD_LIMIT + 64 * 1024;

/**
 * The import request of a submitted form: the file `berkas`, or on confirmation the checked
 * draft `draf`, with `versi`, `bank`, `area`, `cites`, `kesulitan`, `sidik` and `aksi=periksa|impor`.
 */
export async function bankRequest(form: FormData): Promise<BankImportRequest> {
  const file = form.get('berkas');
  const draft = form.get('draf');
  let bytes = new Uint8Array();
  let name = '';
  if (file && typeof file !== 'string' && file.size > 0) {
    bytes = new Uint8Array(await file.arrayBuffer());
    name = file.name;
  } else if (typeof draft !== 'string' || draft === '') {
    throw new HttpProblem(422, t('staff.file.missing'), { berkas: t('staff.file.missing') });
  }
  return {
    bytes,
    name,
    ...(typeof draft === 'string' && draft ? { draft } : {}),
    version: form.get('versi'),
    bank: form.get('bank'),
    area: form.get('area'),
    cites: form.get('cites'),
    difficulty: form.get('kesulitan'),
    apply: form.get('aksi') === 'impor',
    digest: form.get('sidik'),
  };
}

/** The report as the admin's browser gets it: no question bodies (graded keys stay here). */
export function publicReport(r: BankImportResult) {
  return {
    version: r.version,
    bank: r.bank,
    digest: r.digest,
    ...(r.draft ? { draft: r.draft } : {}),
    applied: r.applied,
    counts: r.report.counts,
    items: r.report.items.map(({ question: _q, ...rest }) => rest),
  };
}
