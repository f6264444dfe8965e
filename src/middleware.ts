import { defineMiddleware } from 'astro:middleware';
import { problem, requestOrigin } from './server/http.ts';
import { config } from './server/config.ts';
import { t } from './i18n/index.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a state-changing request (API call or form post) must come from our
 * own pages. Browsers send Origin on every cross-site POST/PUT/DELETE; requests without Origin
 * (curl, scripts) carry no ambient cookies from a victim's browser and are judged by the
 * endpoint's own checks. Staff forms add a CSRF token on top of this (see server/auth).
 *
 * "Our own" is PUBLIC_ORIGIN, or the origin the request was addressed to (behind a proxy trusted
 * by TRUST_PROXY, with the scheme the browser used: see server/proxy.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { request } = context;
  if (!SAFE.has(request.method)) {
    const origin = request.headers.get('origin');
    const site = request.headers.get('sec-fetch-site');
    if ((origin && origin !== config.publicOrigin && origin !== requestOrigin(request)) || site === 'cross-site') return problem(403, t('error.crossOrigin'));
  }
  return next();
});
