/*
 * Seeded randomness, the one implementation: the execution's random source (Environment.random),
 * States.MathRandom and JSONata's $random with a seed, and the version-4 UUIDs drawn from it
 * (task tokens, execution names, States.UUID, $uuid). Pure and deterministic for a given seed.
 */

/** mulberry32: a small, fast, well-distributed 32-bit PRNG in [0, 1); the same seed gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4 UUID (RFC 9562) drawn from the given random source: 16 random bytes, version and variant bits set. */
export function uuidFrom(random: () => number): string {
  let hex = '';
  for (let i = 0; i < 16; i++)
    hex += uuidByte(i, Math.floor(random() * 256) & 0xff)
      .toString(16)
      .padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function uuidByte(index: number, byte: number): number {
  if (index === 6) return (byte & 0x0f) | 0x40;
  if (index === 8) return (byte & 0x3f) | 0x80;
  return byte;
}
