import { defineMiddleware } from 'astro:middleware';
import { crossSiteProblem } from './server/http.ts';

/**
 * Refuses cross-site writes (server/http.ts: crossSiteProblem). The phones' JSON routes of a live
 * session are served outside Astro in production (server/direct-routes.ts), with the same check.
 */
export const onRequest = defineMiddleware(async (context, next) => crossSiteProblem(context.request) ?? next());
