/*
 * MD5 (RFC 1321), SHA-1 and SHA-256 (FIPS 180-4) over bytes, returning lower-case hex. The three
 * share the Merkle–Damgård padding: 64-byte blocks, a 0x80 byte, the bit length in 8 bytes.
 */

/** The message padded to whole 64-byte blocks; the length is little-endian for MD5, big-endian otherwise. */
export function pad64(bytes: Uint8Array, littleEndian: boolean): DataView {
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  const high = Math.floor(bits / 0x100000000);
  if (littleEndian) {
    view.setUint32(length - 8, bits >>> 0, true);
    view.setUint32(length - 4, high, true);
  } else {
    view.setUint32(length - 8, high);
    view.setUint32(length - 4, bits >>> 0);
  }
  return view;
}

function hex(words: readonly number[], littleEndian: boolean): string {
  const out = new DataView(new ArrayBuffer(words.length * 4));
  words.forEach((w, i) => out.setUint32(i * 4, w >>> 0, littleEndian));
  let s = '';
  for (let i = 0; i < out.byteLength; i++) s += out.getUint8(i).toString(16).padStart(2, '0');
  return s;
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

const MD5_SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) >>> 0);

export function md5(bytes: Uint8Array): string {
  const view = pad64(bytes, true);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let off = 0; off < view.byteLength; off += 64) {
    let [a, b, c, d] = h;
    for (let i = 0; i < 64; i++) {
      const [f, g] = md5Round(i, b, c, d);
      const t = d;
      d = c;
      c = b;
      b =
        (b + rotl((a + f + MD5_K[i] + view.getUint32(off + g * 4, true)) | 0, MD5_SHIFTS[(i >> 4) * 4 + (i % 4)])) | 0;
      a = t;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
  }
  return hex(h, true);
}

/** The round function value and message word index of MD5 step i. */
function md5Round(i: number, b: number, c: number, d: number): [number, number] {
  if (i < 16) return [(b & c) | (~b & d), i];
  if (i < 32) return [(d & b) | (~d & c), (5 * i + 1) % 16];
  if (i < 48) return [b ^ c ^ d, (3 * i + 5) % 16];
  return [c ^ (b | ~d), (7 * i) % 16];
}

export function sha1(bytes: Uint8Array): string {
  const view = pad64(bytes, false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Int32Array(80);
  for (let off = 0; off < view.byteLength; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(off + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      const t = (rotl(a, 5) + sha1Round(i, b, c, d) + e + w[i]) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    [a, b, c, d, e].forEach((v, i) => (h[i] = (h[i] + v) | 0));
  }
  return hex(h, false);
}

/** f(b, c, d) + K of SHA-1 step i. */
function sha1Round(i: number, b: number, c: number, d: number): number {
  if (i < 20) return (((b & c) | (~b & d)) + 0x5a827999) | 0;
  if (i < 40) return ((b ^ c ^ d) + 0x6ed9eba1) | 0;
  if (i < 60) return (((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc) | 0;
  return ((b ^ c ^ d) + 0xca62c1d6) | 0;
}

const SHA256_K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
];

export function sha256(bytes: Uint8Array): string {
  const view = pad64(bytes, false);
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const w = new Int32Array(64);
  for (let off = 0; off < view.byteLength; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    const v = h.slice();
    for (let i = 0; i < 64; i++) sha256Step(v, SHA256_K[i] + w[i]);
    v.forEach((x, i) => (h[i] = (h[i] + x) | 0));
  }
  return hex(h, false);
}

/** One SHA-256 compression step on the working variables a..h, with K[i] + W[i] precomputed. */
function sha256Step(v: number[], kw: number): void {
  const [a, b, c, , e, f, g, hh] = v;
  const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kw) | 0;
  const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
  v.copyWithin(1, 0, 7);
  v[4] = (v[4] + t1) | 0;
  v[0] = (t1 + t2) | 0;
}
