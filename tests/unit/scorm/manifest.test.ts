/** imsmanifest.xml for both SCORM versions: schema, version and the mastery score from course.ts. */
import { describe, expect, it } from 'vitest';
import { manifestXml } from '../../../scripts/scorm/manifest.ts';
import { course } from '../../../src/content/course.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { validateManifest } from '../../helpers/xmllint.ts';

/** The manifest plus the vendored control files, as the root of a package. */
function packageRoot(version: '2004' | '1.2', xml: string): Record<string, Uint8Array> {
  const dir = `vendor/scorm-xsd/${version}`;
  const files: Record<string, Uint8Array> = { 'imsmanifest.xml': new TextEncoder().encode(xml) };
  for (const f of readdirSync(dir)) if (/\.(xsd|dtd)$/.test(f)) files[f] = readFileSync(`${dir}/${f}`);
  return files;
}

const input = { identifier: 'netral-x', courseVersion: course.version, title: 'Netralitas <ASN> & "Pemilu"', passMark: course.passMark, files: ['index.html', 'modul/01-a.html', 'scorm/shell.js'] };

describe('imsmanifest.xml', () => {
  it('SCORM 2004 4th edition with the pass mark as minNormalizedMeasure', () => {
    const xml = manifestXml({ ...input, version: '2004' });
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(xml).toContain(`<imsss:minNormalizedMeasure>${course.passMark / 100}</imsss:minNormalizedMeasure>`);
    expect(xml).toContain('adlcp:scormType="sco" href="index.html"');
    for (const f of input.files) expect(xml).toContain(`<file href="${f}"/>`);
    expect(xml).toContain('Netralitas &lt;ASN&gt; &amp; &quot;Pemilu&quot;');
  });

  it('SCORM 1.2 with the pass mark as masteryscore', () => {
    const xml = manifestXml({ ...input, version: '1.2' });
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain(`<adlcp:masteryscore>${course.passMark}</adlcp:masteryscore>`);
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml).not.toContain('imsss');
  });

  for (const version of ['2004', '1.2'] as const) {
    it(`SCORM ${version}: valid against the official XSDs (xmllint), and invalid when broken`, () => {
      const xml = manifestXml({ ...input, version });
      const ok = validateManifest(packageRoot(version, xml));
      expect(ok.output).toContain('imsmanifest.xml validates');
      expect(ok.status).toBe(0);
      // The check can fail: a scormtype outside the vocabulary is refused by the ADL schema.
      const broken = xml.replace(/(adlcp:scorm[tT]ype=)"sco"/, '$1"lesson"');
      const bad = validateManifest(packageRoot(version, broken));
      expect(bad.status).not.toBe(0);
      expect(bad.output).toMatch(/fails to validate/);
      // And without the control files at the root there is nothing to validate against.
      const none = validateManifest({ 'imsmanifest.xml': new TextEncoder().encode(xml) });
      expect(none.status).not.toBe(0);
    });
  }
});
