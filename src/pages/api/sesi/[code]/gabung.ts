import type { APIRoute } from 'astro';
import { joinByPhone } from '../../../../server/sessions/phone-routes.ts';

/** Join with NIP, name and jabatan (joinByPhone). In production scripts/serve.mjs serves it without Astro: server/sessions/phone-routes.ts. */
export const POST: APIRoute = (context) => joinByPhone(context);
