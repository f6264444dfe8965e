import { describe, expect, it } from 'vitest';
import { checkContent, courseLengthOfInput, scanBody, type ContentInput, type ModuleInput } from '../../../src/lib/content-check.ts';

const act = (over: Record<string, unknown> = {}) => ({
  short: 'UU 20/2023',
  title: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
  kind: 'uu',
  status: 'berlaku',
  summary: 'Undang-undang ASN.',
  articles: [
    { id: 'pasal-2-huruf-f', label: 'Pasal 2 huruf f', text: 'netralitas', confidence: 'P' },
    { id: 'pasal-9-ayat-2', label: 'Pasal 9 ayat (2)', text: 'bebas dari pengaruh', confidence: 'P' },
  ],
  ...over,
});
const oldAct = {
  short: 'UU 5/2014',
  title: 'Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara',
  kind: 'uu',
  status: 'dicabut',
  statusNote: 'Dicabut oleh Pasal 76 UU 20/2023.',
  replacedBy: 'uu-20-2023',
  summary: 'UU ASN lama.',
  articles: [{ id: 'pasal-119', label: 'Pasal 119', text: 'sejak mendaftar', confidence: 'P' }],
};

const scenario = (id: string, cites = '["uu-20-2023/pasal-9-ayat-2"]', verdict = 'tidak') =>
  `<Scenario id="${id}" verdict="${verdict}" cites={${cites}} situation="Seorang rekan …" explanation="Karena …" />`;

/** Enough words that the one-module fixture course lasts at least one JP (reading plus exam). */
const LONG_READING = 'Pegawai ASN menjaga netralitas dalam setiap pelayanan. '.repeat(600);

const mod = (over: Partial<ModuleInput> & { meta?: Record<string, unknown> } = {}): ModuleInput => ({
  id: '01-mengapa-netral',
  file: 'src/content/modules/01-mengapa-netral.mdx',
  data: {
    title: 'Mengapa netral',
    order: 1,
    summary: 'Ringkas.',
    objectives: ['Menjelaskan asas netralitas'],
    areas: ['karier'],
    cites: ['uu-20-2023/pasal-2-huruf-f', 'uu-20-2023/pasal-9-ayat-2'],
    ...over.meta,
  },
  body: `Asas netralitas (<Cite id="uu-20-2023/pasal-2-huruf-f" />).\n\n${LONG_READING}\n\n${scenario('m01-s1')}\n`,
  ...over,
});

const good = (): ContentInput => ({
  regulations: [
    { id: 'uu-20-2023', file: 'src/content/regulations/uu-20-2023.yaml', data: act() },
    { id: 'uu-5-2014', file: 'src/content/regulations/uu-5-2014.yaml', data: oldAct },
  ],
  modules: [mod()],
  questions: [],
});

const messages = (input: ContentInput) => checkContent(input).map((p) => `${p.file}: ${p.message}`);

describe('checkContent', () => {
  it('accepts consistent content', () => {
    expect(messages(good())).toEqual([]);
  });

  it('reports a regulation that does not match the schema', () => {
    const input = good();
    input.regulations[0].data = act({ status: 'hilang' });
    expect(messages(input).join('\n')).toMatch(/uu-20-2023\.yaml: invalid regulation: status/);
  });

  it('reports a duplicate article id within an act', () => {
    const input = good();
    const a = act();
    (a.articles as unknown[]).push({ id: 'pasal-2-huruf-f', label: 'Pasal 2 huruf f', text: 'x', confidence: 'P' });
    input.regulations[0].data = a;
    expect(messages(input).join('\n')).toMatch(/article id "pasal-2-huruf-f" appears more than once/);
  });

  it('reports invalid module frontmatter', () => {
    const input = good();
    input.modules = [mod({ meta: { objectives: [] } })];
    expect(messages(input).join('\n')).toMatch(/invalid frontmatter: objectives/);
  });

  it('reports a <Cite> of an article that does not exist', () => {
    const input = good();
    input.modules = [mod({ body: `<Cite id="uu-20-2023/pasal-99" />\n${scenario('m01-s1')}` })];
    expect(messages(input).join('\n')).toMatch(/<Cite> cites "uu-20-2023\/pasal-99": act "uu-20-2023" has no article "pasal-99"/);
  });

  it('reports an unknown act in frontmatter cites, Scenario cites and question cites', () => {
    const input = good();
    input.modules = [
      mod({
        meta: { cites: ['uu-20-2023/pasal-2-huruf-f', 'uu-20-2023/pasal-9-ayat-2', 'uu-99-2099/pasal-1'] },
        body: `<Cite id="uu-20-2023/pasal-2-huruf-f" />\n${scenario('m01-s1', '["uu-20-2023/pasal-9-ayat-2", "uu-99-2099/pasal-1"]')}`,
      }),
    ];
    input.questions = [{ id: 'p-01-1', file: 'src/quizzes/banks/practice/01.ts', cites: ['uu-99-2099/pasal-1'] }];
    const out = messages(input).join('\n');
    expect(out).toMatch(/frontmatter cites "uu-99-2099\/pasal-1": unknown act "uu-99-2099"/);
    expect(out).toMatch(/<Scenario id="m01-s1"> cites "uu-99-2099\/pasal-1": unknown act/);
    expect(out).toMatch(/01\.ts: question "p-01-1" cites "uu-99-2099\/pasal-1": unknown act/);
  });

  it('reports an id cited in the body but missing from frontmatter cites', () => {
    const input = good();
    input.modules = [mod({ meta: { cites: ['uu-20-2023/pasal-2-huruf-f'] } })];
    expect(messages(input)).toContain(
      'src/content/modules/01-mengapa-netral.mdx: frontmatter "cites" is missing "uu-20-2023/pasal-9-ayat-2", which the body cites',
    );
  });

  it('reports a revoked act cited as current law, but allows it inside <AturanLama>', () => {
    const input = good();
    const cites = ['uu-20-2023/pasal-2-huruf-f', 'uu-20-2023/pasal-9-ayat-2', 'uu-5-2014/pasal-119'];
    input.modules = [mod({ meta: { cites }, body: `<Cite id="uu-5-2014/pasal-119" />\n${scenario('m01-s1')}<Cite id="uu-20-2023/pasal-2-huruf-f" />` })];
    const out = messages(input).join('\n');
    expect(out).toMatch(/<Cite> cites "uu-5-2014\/pasal-119" of UU 5\/2014, whose status is "dicabut", as current law/);
    expect(out).toMatch(/frontmatter cites "uu-5-2014\/pasal-119" of UU 5\/2014/);

    const ok = good();
    ok.modules = [
      mod({
        meta: { cites },
        body: `<Cite id="uu-20-2023/pasal-2-huruf-f" />\n<AturanLama act="uu-5-2014" title="Dulu">\nDulu <Cite id="uu-5-2014/pasal-119" />.\n</AturanLama>\n${LONG_READING}\n\n${scenario('m01-s1')}`,
      }),
    ];
    expect(messages(ok)).toEqual([]);
  });

  it('reports a Scenario or a question that cites a revoked act', () => {
    const input = good();
    const cites = ['uu-20-2023/pasal-2-huruf-f', 'uu-20-2023/pasal-9-ayat-2', 'uu-5-2014/pasal-119'];
    input.modules = [
      mod({
        meta: { cites },
        // Even inside an AturanLama block a Scenario states today's rule.
        body: `<Cite id="uu-20-2023/pasal-2-huruf-f" /><AturanLama act="uu-5-2014">${scenario('m01-s1', '["uu-5-2014/pasal-119", "uu-20-2023/pasal-9-ayat-2"]')}</AturanLama>`,
      }),
    ];
    input.questions = [
      { id: 'g-karier-01', file: 'src/quizzes/banks/graded/karier.ts', cites: ['uu-5-2014/pasal-119'] },
      // Contrasting the old rule with the one in force is allowed.
      { id: 'g-karier-02', file: 'src/quizzes/banks/graded/karier.ts', cites: ['uu-20-2023/pasal-9-ayat-2', 'uu-5-2014/pasal-119'] },
    ];
    const out = messages(input).join('\n');
    expect(out).toMatch(/<Scenario id="m01-s1"> cites "uu-5-2014\/pasal-119" of UU 5\/2014, whose status is "dicabut"/);
    expect(out).toMatch(/question "g-karier-01" cites only outdated law \(uu-5-2014\/pasal-119\)/);
    expect(out).not.toMatch(/g-karier-02/);
  });

  it('reports <AturanLama> used on an act that is still in force', () => {
    const input = good();
    input.modules = [mod({ body: `<Cite id="uu-20-2023/pasal-2-huruf-f" /><AturanLama act="uu-20-2023">x</AturanLama>${scenario('m01-s1')}` })];
    expect(messages(input).join('\n')).toMatch(/<AturanLama act="uu-20-2023">: UU 20\/2023 is still in force/);
  });

  it('requires the articles shown by <SanctionsTable /> in frontmatter cites', () => {
    const input = good();
    input.modules = [mod({ body: `<Cite id="uu-20-2023/pasal-2-huruf-f" /><SanctionsTable />${scenario('m01-s1')}` })];
    const out = messages(input).join('\n');
    expect(out).toMatch(/frontmatter "cites" is missing "pp-94-2021\/pasal-14-huruf-i", which the body cites \(through <SanctionsTable \/>\)/);
    expect(out).toMatch(/<SanctionsTable> cites "pp-94-2021\/pasal-42": unknown act "pp-94-2021"/);
  });

  it('reports a module without a Scenario', () => {
    const input = good();
    input.modules = [mod({ meta: { cites: ['uu-20-2023/pasal-2-huruf-f'] }, body: 'Tanpa kasus <Cite id="uu-20-2023/pasal-2-huruf-f" />' })];
    expect(messages(input).join('\n')).toMatch(/has no <Scenario>/);
  });

  it('ignores a Scenario that is commented out', () => {
    const input = good();
    input.modules = [mod({ meta: { cites: ['uu-20-2023/pasal-2-huruf-f'] }, body: `<Cite id="uu-20-2023/pasal-2-huruf-f" />{/* ${scenario('m01-s1')} */}` })];
    expect(messages(input).join('\n')).toMatch(/has no <Scenario>/);
  });

  it('reports duplicate Scenario ids across modules, and a bad verdict', () => {
    const input = good();
    input.modules = [
      mod(),
      mod({
        id: '02-dasar-hukum',
        file: 'src/content/modules/02-dasar-hukum.mdx',
        meta: { order: 2 },
        body: `<Cite id="uu-20-2023/pasal-2-huruf-f" />${scenario('m01-s1', '["uu-20-2023/pasal-9-ayat-2"]', 'mungkin')}`,
      }),
    ];
    const out = messages(input).join('\n');
    expect(out).toMatch(/02-dasar-hukum\.mdx: <Scenario id="m01-s1">: id already used in src\/content\/modules\/01-mengapa-netral\.mdx/);
    expect(out).toMatch(/verdict must be "boleh" or "tidak", got "mungkin"/);
  });

  it('reports gaps and duplicates in module order', () => {
    const input = good();
    const second = (order: number, n: string) =>
      mod({ id: `0${n}-x`, file: `src/content/modules/0${n}-x.mdx`, meta: { order }, body: `<Cite id="uu-20-2023/pasal-2-huruf-f" />${scenario(`m0${n}-s1`)}` });
    input.modules = [mod(), second(3, '2')];
    expect(messages(input).join('\n')).toMatch(/no module has order 2/);
    input.modules = [mod(), second(1, '2')];
    expect(messages(input).join('\n')).toMatch(/order 1 is used by more than one module/);
  });

  it('reports a course without modules', () => {
    const input = good();
    input.modules = [];
    expect(messages(input)).toContain('src/content/modules: no modules found');
  });

  it('reports a course shorter than one JP', () => {
    const input = good();
    input.modules = [mod({ body: `Singkat <Cite id="uu-20-2023/pasal-2-huruf-f" />.\n\n${scenario('m01-s1')}` })];
    expect(messages(input).join('\n')).toMatch(/the course totals \d+ minutes, less than one JP/);
  });

  it('reports a lesson paragraph that talks about sources, in any of the phrases', () => {
    for (const phrase of ['dikonfirmasi dari sumber sekunder', 'belum terverifikasi', 'menurut ringkasan media', 'Dikonfirmasi dari berita']) {
      const input = good();
      input.modules = [mod({ body: `${mod().body}\n\nKetentuan ini ${phrase}, jadi hati-hati.\n` })];
      expect(messages(input).join('\n')).toMatch(/lesson paragraph carries a source-strength phrase/);
    }
    // The same words in the regulations data's sourceNote are where they belong.
    const input = good();
    input.regulations[0].data = act({
      articles: [
        { id: 'pasal-2-huruf-f', label: 'Pasal 2 huruf f', text: 'netralitas', confidence: 'S', sourceNote: 'Dikonfirmasi dari sumber sekunder.' },
        { id: 'pasal-9-ayat-2', label: 'Pasal 9 ayat (2)', text: 'bebas dari pengaruh', confidence: 'P' },
      ],
    });
    expect(messages(input)).toEqual([]);
  });

  it('reports a caveat (shown in lessons) that talks about sources', () => {
    const input = good();
    input.regulations[0].data = act({
      articles: [
        { id: 'pasal-2-huruf-f', label: 'Pasal 2 huruf f', text: 'netralitas', confidence: 'S', caveat: 'Nomornya belum terverifikasi.' },
        { id: 'pasal-9-ayat-2', label: 'Pasal 9 ayat (2)', text: 'bebas dari pengaruh', confidence: 'P' },
      ],
    });
    expect(messages(input).join('\n')).toMatch(/article "pasal-2-huruf-f": caveat talks about sources/);
  });

  it('reports a question that cites an article marked belum-terverifikasi, and accepts it once verified', () => {
    const withStrength = (sourceStrength: string) => {
      const input = good();
      input.regulations[0].data = act({
        articles: [
          { id: 'pasal-2-huruf-f', label: 'Pasal 2 huruf f', text: 'netralitas', confidence: 'P' },
          { id: 'pasal-9-ayat-2', label: 'Pasal 9 ayat (2)', text: 'bebas dari pengaruh', confidence: 'S', sourceStrength },
        ],
      });
      input.questions = [{ id: 'g-karier-1', file: 'src/quizzes/banks/graded/karier.ts', cites: ['uu-20-2023/pasal-9-ayat-2'] }];
      return messages(input).join('\n');
    };
    expect(withStrength('belum-terverifikasi')).toMatch(/question "g-karier-1" cites "uu-20-2023\/pasal-9-ayat-2", which is marked belum-terverifikasi/);
    expect(withStrength('sekunder')).toBe('');
    expect(withStrength('diperdebatkan')).toBe('');
  });

  it('checks the citations of data shown on pages (the legal status box)', () => {
    const input = good();
    input.pageCites = [{ file: 'src/content/legal-status.ts', where: 'the legal status box', cites: ['uu-20-2023/pasal-2-huruf-f', 'uu-5-2014/pasal-119', 'uu-20-2023/pasal-999'] }];
    const out = messages(input).join('\n');
    expect(out).toMatch(/legal-status\.ts: the legal status box cites "uu-5-2014\/pasal-119" of UU 5\/2014, whose status is "dicabut"/);
    expect(out).toMatch(/the legal status box cites "uu-20-2023\/pasal-999": act "uu-20-2023" has no article/);
  });

  it('reports a question whose text a learner reads talks about sources', () => {
    const input = good();
    input.questions = [{ id: 'g-karier-9', file: 'src/quizzes/banks/graded/karier.ts', cites: ['uu-20-2023/pasal-2-huruf-f'], texts: ['Benar.', 'Tingkatnya belum terverifikasi.'] }];
    expect(messages(input).join('\n')).toMatch(/question "g-karier-9" carries a source-strength phrase \("belum terverifikasi"\)/);
    input.questions[0].texts = ['Benar. Anggaplah berat dan tanyakan kepada bagian kepegawaian.'];
    expect(messages(input)).toEqual([]);
  });

  it('reports a question without cites', () => {
    const input = good();
    input.questions = [{ id: 'p-01-1', file: 'bank.ts', cites: [] }];
    expect(messages(input)).toContain('bank.ts: question "p-01-1" cites no article');
  });
});

describe('scanBody', () => {
  it('reads multi-line Scenario props and Cites inside AturanLama', () => {
    const uses = scanBody(`
<Scenario
  id="m03-s2"
  verdict="boleh"
  cites={[
    "pp-94-2021/penjelasan-pasal-5-huruf-n-angka-1",
    'uu-20-2023/pasal-9-ayat-2',
  ]}
  situation="Ia hadir {tanpa} atribut"
  explanation="Boleh: hadir mendengar visi-misi."
/>
<AturanLama act="uu-5-2014" title="Dulu">
Lihat <Cite id="uu-5-2014/pasal-119" />.
</AturanLama>
<Cite id="uu-20-2023/pasal-59-ayat-3"/> <Cite id={"uu-20-2023/pasal-56"} />`);
    expect(uses.scenarios).toEqual([
      { id: 'm03-s2', verdict: 'boleh', cites: ['pp-94-2021/penjelasan-pasal-5-huruf-n-angka-1', 'uu-20-2023/pasal-9-ayat-2'] },
    ]);
    expect(uses.cites).toEqual([
      { id: 'uu-5-2014/pasal-119', inAturanLama: true },
      { id: 'uu-20-2023/pasal-59-ayat-3', inAturanLama: false },
      { id: 'uu-20-2023/pasal-56', inAturanLama: false },
    ]);
    expect(uses.aturanLama).toEqual([{ act: 'uu-5-2014' }]);
    expect(uses.componentCites).toEqual([]);
  });
});

describe('courseLengthOfInput', () => {
  it('counts reading, the practice items of each module (at most the configured number) and the exam', () => {
    const input = good();
    const one = courseLengthOfInput(input);
    input.questions = Array.from({ length: 9 }, (_, i) => ({ id: `p-01-${i + 1}`, file: 'src/quizzes/banks/practice/01-mengapa-netral.ts', cites: ['uu-20-2023/pasal-2-huruf-f'] }));
    const withChecks = courseLengthOfInput(input);
    expect(withChecks.readingMinutes).toBe(one.readingMinutes);
    expect(withChecks.checkMinutes).toBeGreaterThan(one.checkMinutes);
    expect(withChecks.minutes).toBe(withChecks.readingMinutes + withChecks.checkMinutes + withChecks.examMinutes);
  });
});
