import type { APIRoute } from 'astro';
import { answerByPhone } from '../../../../server/sessions/phone-routes.ts';

/** One answer to an open question (answerByPhone). In production scripts/serve.mjs serves it without Astro: server/sessions/phone-routes.ts. */
export const PUT: APIRoute = (context) => answerByPhone(context);
