/**
 * Which article speaks about which row of <SanctionsTable /> (ids only: the legal text lives in
 * src/content/regulations/pp-94-2021.yaml). Shared with check:content, so a module that shows the
 * table must list these ids in its frontmatter `cites` like any other citation.
 * Pasal 13 huruf g covers angka 2 (sedang), Pasal 14 huruf i covers angka 3–7 (berat); no article
 * gives angka 1 a level (the article's caveat in the data says so).
 */
const ACT = 'pp-94-2021';

export const SANCTION_LEVELS = [
  { level: 'ringan', article: `${ACT}/pasal-8-ayat-2` },
  { level: 'sedang', article: `${ACT}/pasal-8-ayat-3` },
  { level: 'berat', article: `${ACT}/pasal-8-ayat-4` },
] as const;

const SEDANG = `${ACT}/pasal-13-huruf-g`;
const BERAT = `${ACT}/pasal-14-huruf-i`;

interface ProhibitionRow {
  /** Angka of Pasal 5 huruf n. */
  n: number;
  level: 'sedang' | 'berat' | null;
  /** The article that assigns the level, or null when none does. */
  basis: string | null;
}

const ROWS: ProhibitionRow[] = [
  { n: 1, level: null, basis: null },
  { n: 2, level: 'sedang', basis: SEDANG },
  { n: 3, level: 'berat', basis: BERAT },
  { n: 4, level: 'berat', basis: BERAT },
  { n: 5, level: 'berat', basis: BERAT },
  { n: 6, level: 'berat', basis: BERAT },
  { n: 7, level: 'berat', basis: BERAT },
];

export const PROHIBITION_LEVELS: (ProhibitionRow & { article: string })[] = ROWS.map((r) => ({
  ...r,
  article: `${ACT}/pasal-5-huruf-n-angka-${r.n}`,
}));

/** The Pasal 42 caveat shown under the tables. */
export const SANCTIONS_CAVEAT = `${ACT}/pasal-42`;

/** Every article id the table cites. */
export const SANCTIONS_TABLE_CITES: string[] = [
  ...new Set([
    ...SANCTION_LEVELS.map((l) => l.article),
    ...PROHIBITION_LEVELS.flatMap((p) => (p.basis ? [p.article, p.basis] : [p.article])),
    SANCTIONS_CAVEAT,
  ]),
];
