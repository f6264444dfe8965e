/** imsmanifest.xml for both SCORM versions: schema, version and the mastery score from course.ts. */
import { describe, expect, it } from 'vitest';
import { manifestXml } from '../../../scripts/scorm/manifest.ts';
import { course } from '../../../src/content/course.ts';

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
});
