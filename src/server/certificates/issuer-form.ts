/**
 * The settings form of `/staf/pengaturan` → issuer settings. Everything is checked before
 * anything is stored (images, NIPs, zone), so a refused form leaves the settings exactly as they were.
 */
import { createHash } from 'node:crypto';
import { HttpProblem } from '../http.ts';
import { t } from '../../i18n/index.ts';
import { isTimeZoneId } from '../../lib/local-time.ts';
import { checkImage, validateIssuer, type IssuerOverride, type IssuerSettings } from './issuer.ts';

export interface Upload {
  id: string;
  bytes: Uint8Array;
}

export interface ParsedIssuerForm {
  data: IssuerOverride;
  uploads: Upload[];
  /** Only for a unit: its zone, or null to inherit; undefined leaves it as is. */
  timeZone?: string | null;
}

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
};

async function image(form: FormData, name: string, uploads: Upload[]): Promise<string | undefined> {
  const f = form.get(name);
  if (!f || typeof f === 'string' || f.size === 0) return undefined;
  const bytes = new Uint8Array(await f.arrayBuffer());
  checkImage(bytes);
  const id = createHash('sha256').update(bytes).digest('hex');
  uploads.push({ id, bytes });
  return id;
}

function person(form: FormData, prefix: string) {
  const p = { name: str(form, `${prefix}Name`), nip: str(form, `${prefix}Nip`), title: str(form, `${prefix}Title`) };
  return p.name || p.nip || p.title ? p : undefined;
}

/**
 * Reads the form. For the institution (`unit` false) every field is required as in issuerSchema
 * and a removed image becomes null; for a unit, blank fields inherit (they are left out).
 */
export async function parseIssuerForm(form: FormData, current: IssuerSettings | IssuerOverride, unit: boolean): Promise<ParsedIssuerForm> {
  const uploads: Upload[] = [];
  const logo = await image(form, 'logo', uploads);
  const signature = await image(form, 'signature', uploads);
  const kop = str(form, 'kop').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const raw: Record<string, unknown> = {
    institution: str(form, 'institution') || undefined,
    kop: kop.length ? kop : unit ? undefined : [],
    city: str(form, 'city') || undefined,
    signatory: person(form, 'signatory'),
    mengetahui: person(form, 'mengetahui') ?? (unit ? undefined : null),
    logo: logo ?? (form.get('removeLogo') ? (unit ? undefined : null) : current.logo ?? (unit ? undefined : null)),
    signature: signature ?? (form.get('removeSignature') ? (unit ? undefined : null) : current.signature ?? (unit ? undefined : null)),
  };
  for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
  const data = validateIssuer(raw, unit);
  let timeZone: string | null | undefined;
  if (unit && form.has('timeZone')) {
    const z = str(form, 'timeZone');
    if (z && !isTimeZoneId(z)) throw new HttpProblem(422, t('issuer.badZone'));
    timeZone = z || null;
  }
  return { data, uploads, ...(timeZone !== undefined ? { timeZone } : {}) };
}
