import { staffApi } from '../../../../server/auth/guard.ts';
import { loadImage } from '../../../../server/certificates/issuer.ts';
import { problem } from '../../../../server/http.ts';
import { t } from '../../../../i18n/index.ts';

/** An uploaded issuer image (logo, signature), for the settings page's preview. Admin only. */
export const GET = staffApi(['admin'], async ({ params }) => {
  const id = String(params.id ?? '');
  const img = /^[0-9a-f]{64}$/.test(id) ? await loadImage(id) : undefined;
  if (!img) return problem(404, t('issuer.notImage'));
  // An SVG is served with a sandboxing CSP so that it can never run anything.
  return new Response(Buffer.from(img.bytes), { headers: { 'Content-Type': img.mime, 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } });
});
