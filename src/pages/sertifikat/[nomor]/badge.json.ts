import type { APIRoute } from 'astro';
import { json, withProblems, HttpProblem } from '../../../server/http.ts';
import { currentLearner } from '../../../server/learners.ts';
import { openBadge, ownCertificate } from '../../../server/certificates/store.ts';
import { t } from '../../../i18n/index.ts';

/** The certificate as a signed Open Badges 3.0 credential, for its learner. */
export const GET: APIRoute = ({ params, cookies }) =>
  withProblems(async () => {
    const learner = await currentLearner(cookies);
    if (!learner) throw new HttpProblem(401, t('learner.required'));
    const cert = await ownCertificate(learner.id, String(params.nomor));
    return json(await openBadge(cert), 200, { 'Content-Disposition': `attachment; filename="open-badge-${cert.number}.json"`, 'Cache-Control': 'private, no-store' });
  });
