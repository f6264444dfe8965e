/** The dashboard's figures as JSON: per unit, totals, score distribution, areas, trend. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { loadScope } from '../../../server/auth/scope.ts';
import { areaMastery, parseFilters, scoreDistribution, totals, trend, unitSummaries } from '../../../server/hr/dashboard.ts';
import { json } from '../../../server/http.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(undefined, async (context, s) => {
  const p = context.url.searchParams;
  const { scope } = await loadScope(s.user, p.get('unit') || null);
  const f = parseFilters(p);
  const units = await unitSummaries(scope, f, undefined, { rollup: p.get('sendiri') !== '1' });
  return json({
    units,
    totals: totals(units),
    scores: await scoreDistribution(scope, f),
    areas: await areaMastery(scope, f),
    trend: await trend(scope, f, p.get('tren') === 'pekan' ? 'week' : 'month'),
  });
});
