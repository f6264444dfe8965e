/**
 * The small part of CBOR (RFC 8949) the certificate token needs, in deterministic encoding
 * (shortest heads, definite lengths): unsigned and negative integers, byte strings, text
 * strings, arrays, maps with integer keys, and tags. Pure and browser-safe. Anything else
 * (floats, indefinite lengths, simple values) is refused when decoding.
 */

export class Tagged {
  readonly tag: number;
  readonly value: CborValue;
  constructor(tag: number, value: CborValue) {
    this.tag = tag;
    this.value = value;
  }
}

export type CborValue = number | string | Uint8Array | CborValue[] | Map<number, CborValue> | Tagged;

function head(major: number, n: number, out: number[]) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('CBOR: length or integer out of range');
  const m = major << 5;
  if (n < 24) out.push(m | n);
  else if (n < 0x100) out.push(m | 24, n);
  else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
  else if (n < 0x100000000) out.push(m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  else throw new RangeError('CBOR: integer too large for this encoder');
}

function put(value: CborValue, out: number[]) {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new TypeError('CBOR: only integers are supported');
    if (value >= 0) head(0, value, out);
    else head(1, -1 - value, out);
  } else if (typeof value === 'string') {
    const b = new TextEncoder().encode(value);
    head(3, b.length, out);
    for (const x of b) out.push(x);
  } else if (value instanceof Uint8Array) {
    head(2, value.length, out);
    for (const x of value) out.push(x);
  } else if (Array.isArray(value)) {
    head(4, value.length, out);
    for (const v of value) put(v, out);
  } else if (value instanceof Map) {
    // Deterministic order (RFC 8949 §4.2.1): keys sorted by their encoded bytes.
    const entries = [...value.entries()].map(([k, v]) => {
      const kb: number[] = [];
      put(k, kb);
      return { kb, v };
    });
    entries.sort((a, b) => {
      for (let i = 0; i < Math.min(a.kb.length, b.kb.length); i++) if (a.kb[i] !== b.kb[i]) return a.kb[i] - b.kb[i];
      return a.kb.length - b.kb.length;
    });
    head(5, entries.length, out);
    for (const e of entries) {
      out.push(...e.kb);
      put(e.v, out);
    }
  } else if (value instanceof Tagged) {
    head(6, value.tag, out);
    put(value.value, out);
  } else throw new TypeError('CBOR: unsupported value');
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  put(value, out);
  return new Uint8Array(out);
}

/** Decodes exactly one item filling all of `bytes`; throws on anything malformed or unsupported. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  let i = 0;
  const need = (n: number) => {
    if (i + n > bytes.length) throw new Error('CBOR: truncated');
  };
  const readHead = (): [number, number] => {
    need(1);
    const b = bytes[i++];
    const major = b >> 5;
    const info = b & 31;
    if (info < 24) return [major, info];
    const len = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (!len) throw new Error('CBOR: unsupported length');
    need(len);
    let n = 0;
    for (let k = 0; k < len; k++) n = n * 256 + bytes[i++];
    return [major, n];
  };
  const item = (depth: number): CborValue => {
    if (depth > 8) throw new Error('CBOR: too deep');
    const [major, n] = readHead();
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        need(n);
        const b = bytes.slice(i, i + n);
        i += n;
        return major === 2 ? b : new TextDecoder('utf-8', { fatal: true }).decode(b);
      }
      case 4:
        return Array.from({ length: n }, () => item(depth + 1));
      case 5: {
        const m = new Map<number, CborValue>();
        for (let k = 0; k < n; k++) {
          const key = item(depth + 1);
          if (typeof key !== 'number' || m.has(key)) throw new Error('CBOR: bad map key');
          m.set(key, item(depth + 1));
        }
        return m;
      }
      case 6:
        return new Tagged(n, item(depth + 1));
      default:
        throw new Error('CBOR: unsupported type');
    }
  };
  const v = item(0);
  if (i !== bytes.length) throw new Error('CBOR: trailing bytes');
  return v;
}
