/**
 * Question banks to and from Moodle: GIFT and Moodle XML (chosen by the file's extension).
 *   node scripts/gift.ts export <out.gift|out.xml> [--bank graded|practice]   (default: graded)
 *   node scripts/gift.ts import <in.gift|in.xml> <out.json> [--area A] [--cites a/b,c/d]
 *        [--difficulty 1|2|3] [--case] [--explanation TEXT] [--mapping peta.json] [--id-prefix P]
 * Import reads plain Moodle GIFT: what GIFT has no place for (area, cited articles, difficulty)
 * comes from the options or a mapping file (see giftMappingSchema in src/quizzes/gift/import.ts),
 * and the report says per question what was filled in, skipped or refused. The questions that
 * pass the question schema are written; with none, nothing is written and the exit code is 1.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Question } from '../src/quizzes/schema.ts';
import { toGift } from '../src/quizzes/engine/gift.ts';
import { giftMappingSchema, importGift, reportLines, type GiftMapping } from '../src/quizzes/gift/import.ts';
import { fromMoodleXml, toMoodleXml } from '../src/quizzes/gift/moodle-xml.ts';
import { articleIds } from '../src/quizzes/gift/articles.ts';

const USAGE = `Penggunaan:
  node scripts/gift.ts export <berkas.gift|berkas.xml> [--bank graded|practice]
  node scripts/gift.ts import <berkas.gift|berkas.xml> <berkas.json> [--area AREA] [--cites uu/pasal,…]
       [--difficulty 1|2|3] [--case] [--explanation TEKS] [--mapping peta.json] [--id-prefix AWALAN]`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

async function runImport(input: string, output: string, opts: Record<string, string | boolean | undefined>): Promise<void> {
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch {
    fail(`Berkas "${input}" tidak dapat dibaca.`);
  }
  let mapping: GiftMapping = {};
  if (typeof opts.mapping === 'string') {
    try {
      mapping = JSON.parse(await readFile(opts.mapping, 'utf8')) as GiftMapping;
    } catch {
      fail(`Peta impor "${opts.mapping}" tidak dapat dibaca sebagai JSON.`);
    }
  }
  const flags: Record<string, unknown> = { ...mapping };
  if (typeof opts.area === 'string') flags.area = opts.area;
  if (typeof opts.cites === 'string') flags.cites = opts.cites.split(',').map((c) => c.trim()).filter(Boolean);
  if (typeof opts.difficulty === 'string') flags.difficulty = Number(opts.difficulty);
  if (opts.case === true) flags.isCase = true;
  if (typeof opts.explanation === 'string') flags.explanation = opts.explanation;
  if (typeof opts['id-prefix'] === 'string') flags.idPrefix = opts['id-prefix'];
  const checked = giftMappingSchema.safeParse(flags);
  if (!checked.success) {
    fail(`Nilai bawaan tidak sah: ${checked.error.issues.map((i) => `${i.path.join('.') || 'peta'} (${i.message})`).join('; ')}.`, 2);
  }
  const ctx = { articles: articleIds() };
  let report;
  try {
    report = /\.xml$/i.test(input) ? fromMoodleXml(text, checked.data, ctx) : importGift(text, checked.data, ctx);
  } catch (e) {
    fail(`Berkas "${input}" tidak dapat dibaca: ${(e as Error).message}`);
  }
  const lines = reportLines(report);
  if (report.counts.imported === 0) {
    fail([`Tidak ada soal yang dapat diimpor dari "${input}"; tidak ada yang ditulis.`, ...lines].join('\n'));
  }
  for (const l of lines) console.log(l);
  await writeFile(output, JSON.stringify(report.questions, null, 2) + '\n', 'utf8');
  console.log(`${report.counts.imported} soal diimpor ke ${output}.`);
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
    text = /\.xml$/i.test(output) ? toMoodleXml(bank) : toGift(bank);
  } catch (e) {
    fail(`Ekspor gagal: ${(e as Error).message}`);
  }
  await writeFile(output, text, 'utf8');
  console.log(`${bank.length} soal dari bank ${bankName} diekspor ke ${output}.`);
}

let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      bank: { type: 'string' }, area: { type: 'string' }, cites: { type: 'string' }, difficulty: { type: 'string' },
      case: { type: 'boolean' }, explanation: { type: 'string' }, mapping: { type: 'string' }, 'id-prefix': { type: 'string' },
    },
  });
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`, 2);
}
const [command, ...rest] = args.positionals;
if (command === 'import' && rest.length === 2) {
  await runImport(rest[0] as string, rest[1] as string, args.values as Record<string, string | boolean | undefined>);
} else if (command === 'export' && rest.length === 1) {
  await runExport(rest[0] as string, typeof args.values.bank === 'string' ? args.values.bank : 'graded');
} else {
  fail(USAGE, 2);
}
