/**
 * The address participants type or scan: PUBLIC_ORIGIN when the operator set it, else the address
 * the facilitator's browser uses — except when that is local (localhost, 127.x, ::1), which no phone
 * can open: then the laptop's LAN address(es) from the network interfaces, and the projector says so.
 */
import os from 'node:os';
import QRCode from 'qrcode';

export function joinUrl(requestUrl: URL, code: string): string {
  return joinTarget(requestUrl, code).url;
}

/** Whether a host name only reaches this machine. */
export function isLocalHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '::1' || h === '0.0.0.0';
}

/** The machine's IPv4 LAN addresses (not loopback, not link-local), in interface order. */
export function lanAddresses(interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces()): string[] {
  const out: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.')) out.push(a.address);
  }
  return [...new Set(out)];
}

export interface JoinTarget {
  /** The address shown large and in the QR. */
  url: string;
  /** Every LAN address (first = `url`) when the facilitator opened the app on a local address. */
  lan: string[];
  /** The facilitator's own address is local (phones cannot open it). */
  local: boolean;
}

export function joinTarget(requestUrl: URL, code: string, interfaces?: NodeJS.Dict<os.NetworkInterfaceInfo[]>): JoinTarget {
  const path = `/sesi/${code}`;
  const base = new URL(process.env.PUBLIC_ORIGIN || requestUrl.origin);
  if (!isLocalHost(base.hostname)) return { url: `${base.origin}${path}`, lan: [], local: false };
  const port = base.port ? `:${base.port}` : '';
  const lan = lanAddresses(interfaces).map((ip) => `${base.protocol}//${ip}${port}${path}`);
  return { url: lan[0] ?? `${base.origin}${path}`, lan, local: true };
}

/** The QR of the join address as inline SVG (dark on white, with a quiet zone). */
export async function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}
