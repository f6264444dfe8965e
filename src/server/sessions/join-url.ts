/** The address participants type or scan: PUBLIC_ORIGIN when the operator set it, else the address the facilitator's browser uses. */
import QRCode from 'qrcode';
import { config } from '../config.ts';

export function joinUrl(requestUrl: URL, code: string): string {
  const origin = process.env.PUBLIC_ORIGIN ? config.publicOrigin : requestUrl.origin;
  return `${origin}/sesi/${code}`;
}

/** The QR of the join address as inline SVG (dark on white, with a quiet zone). */
export async function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}
