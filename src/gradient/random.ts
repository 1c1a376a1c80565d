/** Seeded random numbers: the same seed gives the same numbers on every machine. */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** MurmurHash3's 32-bit finaliser: spreads a small seed (1, 2, 3) over all the state's bits. */
function mix32(seed: number): number {
  let h = seed | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** A standard normal sampler (Box-Muller over xoroshiro128+), deterministic for a seed. */
export function normalSampler(seed: number): () => number {
  const rng = xoroshiro128plus(mix32(seed));
  // xoroshiro's first outputs from a sparse state are poorly mixed: let it run in.
  for (let i = 0; i < 32; i++) rng.next();
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    const u1 = 1 - uniformFloat64(rng); // in (0, 1], so the log is finite
    const u2 = uniformFloat64(rng);
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
}

/** An array of n independent N(0, std²) values. */
export function normalArray(n: number, std: number, normal: () => number): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = std * normal();
  return a;
}
