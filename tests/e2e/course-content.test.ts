/**
 * Course 1.1 as a learner reads it, over HTTP against the built server: every topic added for 1.1
 * appears in its lesson next to the article that carries it, the dated legal status box is on the
 * home page and in module 2, no lesson talks about its sources, the /peraturan pages carry the
 * "Sumber" note instead, and the length shown is the one computed from the content.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.ts';
import { COURSE_LENGTH } from '../../src/lib/course-length.ts';
import { legalStatus } from '../../src/content/legal-status.ts';

let server: TestServer;
const pages = new Map<string, string>();

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

async function html(path: string): Promise<string> {
  if (!pages.has(path)) {
    const r = await fetch(server.url + path);
    expect(r.status, path).toBe(200);
    pages.set(path, await r.text());
  }
  return pages.get(path)!;
}

/** Visible text of some HTML: tags dropped, the citation popovers (hidden until opened) removed. */
function text(h: string): string {
  return h
    .replace(/<span[^>]*class="cite-popover"[\s\S]*?<a class="cite-more"[^>]*>[^<]*<\/a><\/span>/g, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The lesson's `##` sections as visible text, keyed by heading. */
async function sections(module: string): Promise<Map<string, string>> {
  const body = (await html(`/modul/${module}`)).split('<article class="lesson"')[1].split('</article>')[0];
  const out = new Map<string, string>();
  for (const part of body.split(/<h2[^>]*>/).slice(1)) {
    const heading = text(part.split('</h2>')[0]).trim();
    out.set(heading, text(part));
  }
  return out;
}

/** Each 1.1 topic: where it is taught, words that say it, the citation labels beside it, and its case. */
const TOPICS = [
  { topic: 'Putusan MK 136/PUU-XXII/2024 on Pasal 188', module: '02-dasar-hukum', heading: 'UU Pemilu dan UU Pilkada: kapan menjadi pidana?', says: /juga menyebut pejabat daerah dan anggota TNI\/Polri/, cites: ['Amar putusan Putusan MK 136/PUU-XXII/2024', 'Pasal 188 UU 1/2015'] },
  { topic: 'Pasal 282 and its criminal counterpart', module: '02-dasar-hukum', heading: 'UU Pemilu dan UU Pilkada: kapan menjadi pidana?', says: /memidana kepala desa .* dan pejabat negara .*, tetapi tidak ASN lainnya/, cites: ['Pasal 282 UU 7/2017', 'Pasal 490 UU 7/2017', 'Pasal 547 UU 7/2017'] },
  { topic: 'resignation at registration', module: '02-dasar-hukum', heading: 'Mencalonkan diri: kapan harus mundur?', says: /tidak dapat ditarik kembali/, cites: ['Pasal 240 ayat (1) huruf k UU 7/2017', 'Pasal 182 huruf k UU 7/2017', 'Pasal 14 PKPU 10/2023'] },
  { topic: 'Putusan MK 135/PUU-XXII/2024', module: '02-dasar-hukum', heading: 'Mulai 2029: pemilu nasional dan lokal dipisah', says: /memisahkan pemilu nasional/, cites: ['Amar putusan Putusan MK 135/PUU-XXII/2024'] },
  { topic: 'places of worship and madrasah as campaign venues', module: '03-kegiatan-dilarang', heading: 'Masjid, madrasah, dan sekolah bukan tempat kampanye', says: /sekolah dan madrasah tetap terlarang/, cites: ['Pasal 280 ayat (1) huruf h UU 7/2017', 'Pasal 69 huruf i UU 1/2015', 'Amar putusan Putusan MK 69/PUU-XXII/2024'] },
  { topic: 'sermons and religious gatherings', module: '03-kegiatan-dilarang', heading: 'Ceramah, khutbah, dan pengajian', says: /ceramah keagamaan tidak dipakai untuk kampanye/, cites: ['Pedoman ceramah keagamaan SE Menag 9/2023'] },
  { topic: 'relawan and gifts', module: '03-kegiatan-dilarang', heading: 'Relawan dan pemberian barang', says: /tidak bergantung pada terdaftar atau tidaknya Anda di tim kampanye/, cites: ['Lampiran II (disiplin) butir 9 SKB 2022', 'Pasal 5 huruf n angka 6 PP 94/2021'] },
  { topic: 'the disputed SKB 2022 level, with the safe reading', module: '05-sanksi', heading: 'Daftar disiplin SKB 2022', says: /Anggaplah berat ?, dan tanyakan kepada bagian kepegawaian/, cites: ['Lampiran II (disiplin) butir 3 SKB 2022'] },
  { topic: 'ASN as ad hoc election staff', module: '07-studi-kasus-komitmen', heading: 'ASN sebagai petugas ad hoc pemilu', says: /PPK, PPS, atau KPPS tidak dilarang/, cites: ['Pasal 72 UU 7/2017', 'Pasal 117 ayat (1) UU 7/2017'] },
  { topic: 'an ASN whose spouse is a candidate', module: '07-studi-kasus-komitmen', heading: 'Suami atau istri Anda menjadi calon', says: /menghadiri kampanye pasangan tanpa peran aktif/, cites: ['Yang boleh dilakukan ASN pasangan calon SE MenPAN-RB 18/2023', 'Yang dilarang bagi ASN pasangan calon SE MenPAN-RB 18/2023'] },
];

describe('what is new in 1.1, in the lessons', () => {
  for (const t of TOPICS) {
    it(`${t.topic}: taught in ${t.module} with its article and a "Boleh atau tidak?" case`, async () => {
      const section = (await sections(t.module)).get(t.heading);
      expect(section, `${t.module} has the section "${t.heading}"`).toBeDefined();
      expect(section).toMatch(t.says);
      for (const label of t.cites) expect(section, `${t.heading} cites ${label}`).toContain(label);
      expect(section).toContain('Boleh atau tidak?');
    });
  }
});

describe('the dated legal status box', () => {
  const date = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${legalStatus.asOf}T00:00:00Z`));

  it('is on the home page and in module 2 with its date, what changed and what is pending', async () => {
    expect(date).toBe('1 Desember 2026');
    for (const path of ['/', '/modul/02-dasar-hukum']) {
      const page = text(await html(path));
      expect(page, path).toContain(`Status hukum per ${date}`);
      expect(page).toContain('Yang berubah sejak versi 1.0');
      expect(page).toContain('16 Oktober 2027');
      expect(page).toMatch(/PP tentang Gaji dan Tunjangan masih ditunggu/);
    }
  });
});

describe('teaching voice', () => {
  it('no lesson, not even inside a citation, talks about the strength of its sources', async () => {
    for (const m of ['01-mengapa-netral', '02-dasar-hukum', '03-kegiatan-dilarang', '04-media-sosial', '05-sanksi', '06-pelaporan', '07-studi-kasus-komitmen']) {
      const raw = (await html(`/modul/${m}`)).replace(/<[^>]+>/g, ' ');
      for (const phrase of [/sumber sekunder/i, /belum terverifikasi/i, /ringkasan media/i, /dikonfirmasi dari/i, /belum dapat kami/i]) expect(raw, `${m}: ${phrase}`).not.toMatch(phrase);
    }
  });

  it('the regulation pages carry a "Sumber" note per article, with the conflict where sources disagree', async () => {
    const skb = await html('/peraturan/skb-2022');
    const item3 = text(skb.split('id="lampiran-ii-disiplin-butir-3"')[1].split('</article>')[0]);
    expect(item3).toMatch(/Sumber: Sumber saling bertentangan/);
    expect(item3).toMatch(/Kompas .* sedang .* berat/);
    expect(text(await html('/peraturan/uu-20-2023'))).toMatch(/Sumber: Teks resmi peraturan/);
  });
});

describe('finding one’s place in a long lesson', () => {
  it('each lesson lists its sections under the objectives, each link pointing at its heading', async () => {
    const page = await html('/modul/03-kegiatan-dilarang');
    const nav = page.split('<nav class="lesson-contents"')[1].split('</nav>')[0];
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const written = readFileSync('src/content/modules/03-kegiatan-dilarang.mdx', 'utf8').split('\n').filter((l) => l.startsWith('## '));
    expect(targets.length).toBe(written.length);
    for (const id of targets) expect(page).toContain(`<h2 id="${id}"`);
    expect(text(nav)).toContain(`Isi modul (${targets.length} bagian)`);
    // The sections 1.1 changed are marked for learners coming back to update.
    expect(text(nav)).toMatch(/Masjid, madrasah, dan sekolah bukan tempat kampanye · diperbarui di versi 1\.1\.0/);
    expect(text(nav)).not.toMatch(/Di mana garis batasnya\? · diperbarui/);
  });
});

describe('the length shown is computed from the content', () => {
  it('the home page states JP and minutes (reading, checks, exam) as computed, and 2 JP', async () => {
    const page = text(await html('/'));
    const L = COURSE_LENGTH;
    expect(L.jp).toBe(2);
    expect(page).toContain(`Lama pelatihan: ${L.jp} JP (sekitar ${L.minutes} menit: membaca ${L.readingMinutes} menit, cek pemahaman ${L.checkMinutes} menit, ujian akhir ${L.examMinutes} menit)`);
  });
});
