/**
 * A tiny SCORM API wrapper: finds the LMS's API object (SCORM 2004 `API_1484_11`, or SCORM 1.2
 * `API`) in the parent windows or the opener, the way the standards describe, and gives one set
 * of calls for both. Browser only.
 */
import type { ScormVersion } from './cmi.ts';

interface Api2004 {
  Initialize(p: ''): string; Terminate(p: ''): string; GetValue(e: string): string; SetValue(e: string, v: string): string;
  Commit(p: ''): string; GetLastError(): string | number;
}
interface Api12 {
  LMSInitialize(p: ''): string; LMSFinish(p: ''): string; LMSGetValue(e: string): string; LMSSetValue(e: string, v: string): string;
  LMSCommit(p: ''): string; LMSGetLastError(): string | number;
}

export interface Lms {
  version: ScormVersion;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

function search(start: Window, name: 'API_1484_11' | 'API'): unknown {
  let w: Window | null = start;
  // The standards' algorithm: up to 7 levels of parents, then the opener's chain.
  for (let tries = 0; w && tries < 8; tries++) {
    try {
      const found = (w as unknown as Record<string, unknown>)[name];
      if (found) return found;
    } catch { /* a window of another origin: keep looking */ }
    if (w.parent === w) break;
    w = w.parent;
  }
  return null;
}

function find<T>(name: 'API_1484_11' | 'API', preferred?: ScormVersion): T | null {
  void preferred;
  const here = search(window, name);
  if (here) return here as T;
  try {
    if (window.opener) return search(window.opener as Window, name) as T | null;
  } catch { /* no access to the opener */ }
  return null;
}

/** Connects to the LMS (calling Initialize), or returns null when there is none. */
export function connect(preferred: ScormVersion): Lms | null {
  const order: ScormVersion[] = preferred === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const v of order) {
    if (v === '2004') {
      const api = find<Api2004>('API_1484_11');
      if (api && String(api.Initialize('')) === 'true') {
        return {
          version: '2004',
          get: (e) => String(api.GetValue(e) ?? ''),
          set: (e, val) => String(api.SetValue(e, val)) === 'true',
          commit: () => String(api.Commit('')) === 'true',
          finish: () => String(api.Terminate('')) === 'true',
        };
      }
    } else {
      const api = find<Api12>('API');
      if (api && String(api.LMSInitialize('')) === 'true') {
        return {
          version: '1.2',
          get: (e) => String(api.LMSGetValue(e) ?? ''),
          set: (e, val) => String(api.LMSSetValue(e, val)) === 'true',
          commit: () => String(api.LMSCommit('')) === 'true',
          finish: () => String(api.LMSFinish('')) === 'true',
        };
      }
    }
  }
  return null;
}
