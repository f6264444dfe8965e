/**
 * UI strings. Every string a person reads in the interface lives in `./id/*.json`, one file per
 * area of the product; keys are namespaced by file ("quiz.submit" lives in quiz.json).
 * Indonesian is the only language for now; the shape leaves room for others.
 */
import common from './id/common.json' with { type: 'json' };
import content from './id/content.json' with { type: 'json' };
import quiz from './id/quiz.json' with { type: 'json' };
import certificate from './id/certificate.json' with { type: 'json' };
import learner from './id/learner.json' with { type: 'json' };
import exam from './id/exam.json' with { type: 'json' };
import result from './id/result.json' with { type: 'json' };
import check from './id/check.json' with { type: 'json' };
import staff from './id/staff.json' with { type: 'json' };
import offline from './id/offline.json' with { type: 'json' };
import session from './id/session.json' with { type: 'json' };
import deploy from './id/deploy.json' with { type: 'json' };
import bank from './id/bank.json' with { type: 'json' };
import hr from './id/hr.json' with { type: 'json' };
import issuer from './id/issuer.json' with { type: 'json' };
import account from './id/account.json' with { type: 'json' };
import journey from './id/journey.json' with { type: 'json' };
import status from './id/status.json' with { type: 'json' };
import update from './id/update.json' with { type: 'json' };
import fieldkit from './id/fieldkit.json' with { type: 'json' };
import field from './id/field.json' with { type: 'json' };
import { fill } from '../lib/fill.ts';

const files: Record<string, string>[] = [common, content, quiz, certificate, learner, exam, result, check, offline, staff, session, bank, hr, issuer, account, journey, deploy, status, update, field, fieldkit];

const strings: Record<string, string> = {};
for (const file of files) {
  for (const [k, v] of Object.entries(file)) {
    if (k in strings) throw new Error(`Duplicate UI string key: ${k}`);
    strings[k] = v;
  }
}

/** Returns the UI string for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const s = strings[key];
  if (s === undefined) throw new Error(`Missing UI string: ${key}`);
  return fill(s, params);
}

/** The strings for a namespace prefix, for passing a small set to an island as props. */
export function pick(prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).filter(([k]) => k.startsWith(prefix)));
}
