/**
 * --dtype and --exact in every plot output (terminal, image, facets, the library): each function
 * is drawn as PyTorch computes it in the type, labelled with the type ("float32 gelu"), and with
 * --exact the exact curve beside it.
 */
import { UsageError } from '../core/errors.js';
import type { Spec } from '../core/spec.js';
import type { PlotLook } from './options.js';
import type { VariedSpec } from '../spec/vary.js';

/**
 * The panels of small multiples: with --exact, a function's exact and low-precision curves share
 * one panel (precisionSpecs gives them in pairs, exact first); otherwise one panel per spec.
 */
export function facetGroups(specs: readonly Spec[], look: Pick<PlotLook, 'dtype' | 'exact'>): Spec[][] {
  if (!look.exact || (look.dtype ?? 'float64') === 'float64') return specs.map((s) => [s]);
  const groups: Spec[][] = [];
  for (let i = 0; i < specs.length; i += 2) groups.push(specs.slice(i, i + 2));
  return groups;
}

/** The specs to draw; the dtype engine is loaded only for a low --dtype, so a plain plot starts as before. */
export async function precisionSpecs(specs: readonly Spec[], look: Pick<PlotLook, 'dtype' | 'exact'>): Promise<Spec[]> {
  const dtype = look.dtype ?? 'float64';
  if (dtype === 'float64') {
    if (look.exact) throw new UsageError('--exact draws the exact curve beside a low-precision one: give --dtype float32, bfloat16 or float16');
    return [...specs];
  }
  // data alone is drawn as it is: a type given for no function would be silently ignored
  if (specs.length === 0) throw new UsageError(`--dtype ${dtype} computes the functions drawn in the type, and there are none: the input data is drawn as it is; give a function or drop --dtype`);
  const { inDtype } = await import('../dtype/view.js');
  return specs.flatMap((s) => {
    const low = inDtype(s, dtype, `${dtype} ${s.label}`) as VariedSpec;
    // a family member (--vary) stays in a family of its own type: the page's slider and legend group by it
    const vary = (s as VariedSpec).vary;
    const member: Spec = vary ? { ...low, vary: { ...vary, family: `${dtype} ${vary.family}` } } : low;
    return look.exact ? [s, member] : [member];
  });
}
