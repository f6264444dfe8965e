/**
 * Seeded randomness for the quiz engine. The engine never calls Math.random: every draw, shuffle
 * and label comes from a string seed, so the server can rebuild an attempt exactly from its seed.
 * cyrb128 (string → 128-bit state) feeding sfc32; both public-domain, small and fast.
 */

/** A source of floats in [0, 1). */
export type Rng = () => number;

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A deterministic PRNG for a string seed: the same seed always yields the same sequence. */
export function createRng(seed: string): Rng {
  if (typeof seed !== 'string' || seed.length === 0) {
    throw new TypeError('createRng: seed must be a non-empty string');
  }
  let [a, b, c, d] = cyrb128(seed);
  const next: Rng = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of sfc32 correlate with the seed; discard them.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A seed for a sub-purpose, so independent uses of one attempt seed do not share a stream. */
export function deriveSeed(seed: string, ...parts: string[]): string {
  return [seed, ...parts].join('\u001f');
}

/** An integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** A new array with the items in a seeded random order (Fisher–Yates); the input is untouched. */
export function shuffle<T>(items: readonly T[], seed: string | Rng): T[] {
  const rng = typeof seed === 'string' ? createRng(seed) : seed;
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
