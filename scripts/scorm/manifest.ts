/**
 * imsmanifest.xml for SCORM 2004 4th edition and SCORM 1.2. One SCO (the package's launch page,
 * which holds the lessons in course order and the final exam), with the mastery score from
 * course.passMark: `imsss:minNormalizedMeasure` (2004, scaled 0–1) or `adlcp:masteryscore` (1.2).
 * Pure.
 */
import type { ScormVersion } from './cmi.ts';

export interface ManifestInput {
  version: ScormVersion;
  identifier: string;
  courseVersion: string;
  title: string;
  /** Pass mark, percent. */
  passMark: number;
  /** Every file of the package except the manifest. */
  files: string[];
}

const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function manifestXml(m: ManifestInput): string {
  const files = m.files.map((f) => `      <file href="${x(f)}"/>`).join('\n');
  if (m.version === '2004') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${x(m.identifier)}" version="${x(m.courseVersion)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="netral">
    <organization identifier="netral" structure="hierarchical">
      <title>${x(m.title)}</title>
      <item identifier="netral-kursus" identifierref="netral-sco">
        <title>${x(m.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="lulus-ujian-akhir" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${m.passMark / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="netral-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${files}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${x(m.identifier)}" version="${x(m.courseVersion)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="netral">
    <organization identifier="netral">
      <title>${x(m.title)}</title>
      <item identifier="netral-kursus" identifierref="netral-sco">
        <title>${x(m.title)}</title>
        <adlcp:masteryscore>${m.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="netral-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files}
    </resource>
  </resources>
</manifest>
`;
}
