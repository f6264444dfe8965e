/**
 * Validates an imsmanifest.xml with xmllint against the XSD files in a folder (the package's
 * root): a driver schema imports every namespace the manifest's xsi:schemaLocation names, from
 * the file it names, so a missing or wrong control file fails the validation too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function schemaLocations(xml: string): [string, string][] {
  const m = /xsi:schemaLocation="([^"]*)"/.exec(xml);
  const parts = (m?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) out.push([parts[i]!, parts[i + 1]!]);
  return out;
}

/** Runs xmllint; `files` are the package's files (name → bytes). Returns its exit status and messages. */
export function validateManifest(files: Record<string, Uint8Array>): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netral-xsd-'));
  try {
    for (const [name, data] of Object.entries(files)) {
      if (name.includes('/')) continue;
      writeFileSync(path.join(dir, name), data);
    }
    const xml = new TextDecoder().decode(files['imsmanifest.xml']);
    const imports = schemaLocations(xml).map(([ns, loc]) => `  <xs:import namespace="${ns}" schemaLocation="${loc}"/>`).join('\n');
    writeFileSync(path.join(dir, 'netral-driver.xsd'), `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:netral:test-driver">\n${imports}\n</xs:schema>\n`);
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', 'netral-driver.xsd', 'imsmanifest.xml'], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
