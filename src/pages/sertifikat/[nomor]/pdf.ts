import type { APIRoute } from 'astro';
import { withProblems, HttpProblem } from '../../../server/http.ts';
import { currentLearner } from '../../../server/learners.ts';
import { ownCertificate, renderPdf } from '../../../server/certificates/store.ts';
import { t } from '../../../i18n/index.ts';

/** The certificate PDF, for its learner only (it carries the full NIP). */
export const GET: APIRoute = ({ params, cookies }) =>
  withProblems(async () => {
    const learner = await currentLearner(cookies);
    if (!learner) throw new HttpProblem(401, t('learner.required'));
    const cert = await ownCertificate(learner.id, String(params.nomor));
    const pdf = await renderPdf(cert);
    return new Response(pdf as BodyInit, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="sertifikat-${cert.number}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  });
