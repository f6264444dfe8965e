import type { APIRoute } from 'astro';
import { phoneView } from '../../../../server/sessions/phone-routes.ts';

/** The phone's view of a session (phoneView). In production scripts/serve.mjs serves it without Astro: server/sessions/phone-routes.ts. */
export const GET: APIRoute = (context) => phoneView(context);
