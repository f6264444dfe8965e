import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { json, readJson, withProblems, HttpProblem } from '../../server/http.ts';
import { requireLearner, syncProgress } from '../../server/learners.ts';
import { t } from '../../i18n/index.ts';

/** Lesson progress from the device: `{ modules: { "<module id>": "<ISO time>" } }`. */
export const POST: APIRoute = ({ request, cookies }) =>
  withProblems(async () => {
    const learner = await requireLearner(cookies);
    const body = await readJson(request, 8 * 1024);
    const modules = body.modules;
    if (typeof modules !== 'object' || modules === null || Array.isArray(modules) || !Object.values(modules).every((v) => typeof v === 'string')) {
      throw new HttpProblem(400, t('error.badRequest'));
    }
    const ids = new Set((await getCollection('modules')).map((m) => m.id));
    return json({ modules: await syncProgress(learner.id, modules as Record<string, string>, ids) });
  });
