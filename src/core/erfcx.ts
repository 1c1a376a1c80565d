/**
 * The scaled complementary error function erfcx(u) = e^(u²)·erfc(u), for 0 <= u < 40, by the
 * method of S. G. Johnson's Faddeeva package (which scipy.special.erfcx uses): with y = 4/(4 + u),
 * a polynomial of degree 7 in each interval j/64 <= y < (j + 1)/64 (src/core/erfcx-table.ts,
 * fitted with mpmath; approximation error under 1e-18). The rounding of y = 4/(4 + u) is what is
 * left, up to 7 ulp near u = 0 (erfcx's relative slope times 4 + u). erfcx varies slowly, so u's own
 * rounding barely moves it, where erfc(u) would move by 2u² times as much: the normal tail
 * e^(-x²/2)·erfcx(|x|/√2) takes e^(-x²/2) exactly from x instead.
 *
 * No division but 4/(4 + u), and the polynomial is evaluated by Estrin's scheme: short chains of
 * dependent operations, which is what its time is made of.
 */
import { ERFCX_COEFFICIENTS, ERFCX_FIRST_INTERVAL } from './erfcx-table.js';

const C = Float64Array.from(ERFCX_COEFFICIENTS);
/** Shifts an interval number to its first coefficient's index. */
const OFFSET = -8 * ERFCX_FIRST_INTERVAL;

export function erfcx(u: number): number {
  const s = 512 / (4 + u); // 128y
  const j = (s / 2) | 0; // the interval: floor(64y)
  const t = s - 2 * j - 1; // its local variable, in [-1, 1]
  const i = 8 * j + OFFSET;
  const t2 = t * t;
  const t4 = t2 * t2;
  return C[i] + t * C[i + 1] + t2 * (C[i + 2] + t * C[i + 3]) + t4 * (C[i + 4] + t * C[i + 5] + t2 * (C[i + 6] + t * C[i + 7]));
}
