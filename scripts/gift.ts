/**
 * Question banks to and from Moodle GIFT.
 *   node scripts/gift.ts export <out.gift> [--bank graded|practice]   (default: graded)
 *   node scripts/gift.ts import <in.gift> <out.json>
 * Import checks every question against the question schema and reports problems in Indonesian
 * with their line numbers; on any problem nothing is written and the exit code is 1.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { z } from 'zod';
import { questionSchema, type Question } from '../src/quizzes/schema.ts';
import { formatProblem, fromGift, toGift, type GiftProblem } from '../src/quizzes/engine/gift.ts';

const USAGE = `Penggunaan:
  node scripts/gift.ts export <berkas.gift> [--bank graded|practice]
  node scripts/gift.ts import <berkas.gift> <berkas.json>`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** One zod issue in Indonesian: "<field>: <what is wrong>". */
function issueText(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.length ? issue.path.join('.') : 'soal';
  let value: unknown = input;
  for (const key of issue.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  if (value === undefined) return `${field} wajib diisi`;
  if (field === 'difficulty') return `difficulty harus 1, 2 atau 3 (tertulis "${String(value)}")`;
  switch (issue.code) {
    case 'invalid_type':
      return `${field} berjenis salah (seharusnya ${issue.expected})`;
    case 'too_small':
      return issue.origin === 'array' ? `${field} minimal ${String(issue.minimum)} butir` : `${field} tidak boleh kosong`;
    case 'invalid_format':
      return `${field} berformat tidak sah ("${String(value)}")`;
    case 'invalid_value':
      return `${field} bernilai tidak dikenal ("${String(value)}"; pilihan: ${issue.values.map(String).join(', ')})`;
    case 'invalid_union':
      return `${field} bernilai tidak sah ("${String(value)}")`;
    default:
      return `${field} tidak sah`;
  }
}

/** Checks the schema cannot express: unique ids, unique right-hand texts of a matching question. */
function crossChecks(q: Question): string[] {
  const dup = (ids: string[]) => new Set(ids).size !== ids.length;
  if ((q.type === 'single' || q.type === 'multiple') && dup(q.options.map((o) => o.id))) return ['id pilihan ganda'];
  if (q.type === 'matching' && dup(q.pairs.map((p) => p.right))) return ['dua pasangan memiliki jawaban kanan yang sama'];
  if (q.type === 'ordering' && dup(q.items.map((i) => i.id))) return ['id butir ganda'];
  return [];
}

async function runImport(input: string, output: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch {
    fail(`Berkas "${input}" tidak dapat dibaca.`);
  }
  const parsed = fromGift(text);
  const problems: GiftProblem[] = [...parsed.errors];
  const questions: Question[] = [];
  const ids = new Map<string, number>();
  for (const { line, question } of parsed.items) {
    const name = typeof question.id === 'string' ? ` (soal "${question.id}")` : '';
    const result = questionSchema.safeParse(question);
    if (!result.success) {
      const reasons = result.error.issues.map((i) => issueText(i, question));
      problems.push({ line, message: `soal tidak sah${name}: ${reasons.join('; ')}.` });
      continue;
    }
    const q = result.data;
    const cross = crossChecks(q);
    if (cross.length) problems.push({ line, message: `soal tidak sah${name}: ${cross.join('; ')}.` });
    const earlier = ids.get(q.id);
    if (earlier !== undefined) problems.push({ line, message: `id soal "${q.id}" sudah dipakai di baris ${earlier}.` });
    ids.set(q.id, line);
    questions.push(q);
  }
  for (const w of parsed.warnings) console.warn(`Peringatan — ${formatProblem(w)}`);
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line);
    fail([`Impor dibatalkan: ${problems.length} masalah di "${input}".`, ...problems.map(formatProblem)].join('\n'));
  }
  if (questions.length === 0) fail(`Tidak ada soal di "${input}".`);
  await writeFile(output, JSON.stringify(questions, null, 2) + '\n', 'utf8');
  console.log(`${questions.length} soal diimpor ke ${output}.`);
}

async function loadBank(name: string): Promise<Question[]> {
  if (name !== 'graded' && name !== 'practice') fail(`Bank "${name}" tidak dikenal; gunakan graded atau practice.\n${USAGE}`, 2);
  try {
    if (name === 'graded') return (await import('../src/quizzes/banks/graded/index.ts')).gradedBank as Question[];
    return Object.values((await import('../src/quizzes/banks/practice/index.ts')).practiceByModule).flat();
  } catch (e) {
    fail(`Bank ${name} tidak dapat dimuat: ${(e as Error).message}`);
  }
}

async function runExport(output: string, bankName: string): Promise<void> {
  const bank = await loadBank(bankName);
  let text: string;
  try {
    text = toGift(bank);
  } catch (e) {
    fail(`Ekspor gagal: ${(e as Error).message}`);
  }
  await writeFile(output, text, 'utf8');
  console.log(`${bank.length} soal dari bank ${bankName} diekspor ke ${output}.`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'import' && rest.length === 2) {
  await runImport(rest[0] as string, rest[1] as string);
} else if (command === 'export' && (rest.length === 1 || (rest.length === 3 && rest[1] === '--bank'))) {
  await runExport(rest[0] as string, rest[2] ?? 'graded');
} else {
  fail(USAGE, 2);
}
