import type { APIRoute } from 'astro';
import { signByPhone } from '../../../../server/sessions/phone-routes.ts';

/** Sign the declaration (signByPhone). In production scripts/serve.mjs serves it without Astro: server/sessions/phone-routes.ts. */
export const POST: APIRoute = (context) => signByPhone(context);
