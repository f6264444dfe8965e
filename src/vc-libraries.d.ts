/**
 * The @digitalbazaar Verifiable Credential libraries ship no TypeScript types; they are used
 * through these few entry points (issue/verify, the Data Integrity suite, the status list).
 */
declare module '@digitalbazaar/vc' {
  export function issue(options: { credential: unknown; suite: unknown; documentLoader: (url: string) => Promise<unknown> }): Promise<any>;
  export function verifyCredential(options: { credential: unknown; suite: unknown; documentLoader: (url: string) => Promise<unknown>; checkStatus?: unknown; now?: Date }): Promise<any>;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: Date });
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/vc-bitstring-status-list' {
  export function checkStatus(options: unknown): Promise<any>;
  export function decodeList(options: { encodedList: string }): Promise<{ getStatus(index: number): boolean }>;
}
