/**
 * The look-up behind `/verifikasi?nomor=…`: the page calls it after normalizeCertificateNumber
 * and catches any error, showing "pencarian tidak dapat dilakukan" instead of failing.
 */
export interface CertificateLookupResult {
  /** The certificate number, normalised. */
  number: string;
  /** The signed token stored at issuance; the page verifies it in the browser like a scanned QR. */
  token: string;
  status: 'valid' | 'revoked';
  reason?: string;
  /** ISO-8601. */
  revokedAt?: string;
}

/** Returns the certificate with this (normalised) number, or null when there is none. */
export { lookupByNumber as lookupCertificateByNumber } from './store.ts';
