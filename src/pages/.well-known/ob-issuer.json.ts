import type { APIRoute } from 'astro';
import { getPublicKeys } from '../../server/certificates/keys.ts';
import { issuerProfileDocument } from '../../server/certificates/openbadge.ts';
import { loadSettings } from '../../server/certificates/issuer.ts';
import { jsonLd } from '../../server/certificates/well-known.ts';

export const prerender = false;

/** The Open Badges issuer Profile (JSON-LD; its id is this URL); its assertionMethod lists the keys. */
export const GET: APIRoute = async () => jsonLd(issuerProfileDocument((await loadSettings()).global.institution, getPublicKeys()));
