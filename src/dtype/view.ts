/**
 * A function spec seen in a low-precision type: the same declaration with f and f' computed as
 * PyTorch computes them in that type (src/dtype/engine.ts), so that everything downstream (CSV,
 * charts, act info's scans) takes it as any other function. float64 is the exact function itself.
 */
import { isChecked, uncheckedActivation } from '../core/checked.js';
import { elementwise, vector, type Activation } from '../core/define.js';
import { UsageError } from '../core/errors.js';
import type { Spec } from '../core/spec.js';
import { inType, vectorInType } from './engine.js';
import { TORCH, type TorchFormula } from './torch.js';
import { TORCH_VECTOR } from './torch-vector.js';
import type { DType, LowDType } from './types.js';

/**
 * Whether a declaration is the catalog's: an expression's says 'user expression'
 * (src/expr/activation.ts), and its name, the expression's text, is never a catalog name (the
 * parser takes those as the catalog's). Not by looking the catalog up: the CLI's --dtype engine is
 * a bundle of its own (dist/commands/dtype.cjs), which would hold a copy of it.
 */
const isCatalog = (a: Activation): boolean => a.summary !== 'user expression';

/** The PyTorch formula of a catalog function, or a usage error saying why there is none. */
export function torchFormula(spec: Spec, dtype: LowDType): TorchFormula {
  const a = isChecked(spec.activation) ? uncheckedActivation(spec.activation) : spec.activation;
  const fromCatalog = isCatalog(a);
  const formula = fromCatalog ? TORCH[a.name] : undefined;
  const why = (reason: string) => new UsageError(`--dtype ${dtype}: ${spec.label} ${reason}; --dtype float64 (the default) computes it exactly`);
  if (a.kind === 'vector') throw why(TORCH_VECTOR[a.name] ? 'is a vector function: act eval and act plot compute it in the type, this does not' : 'is a vector function without a PyTorch kernel');
  if (!fromCatalog) throw why('is an expression, which has no PyTorch kernel to model');
  if (!formula) throw why(`has no PyTorch kernel (functions with one: ${Object.keys(TORCH).join(', ')})`);
  return formula;
}

/** The spec computed in the type; float64 gives the spec itself. `label` replaces its label. */
export function inDtype(spec: Spec, dtype: DType, label = spec.label): Spec {
  if (dtype === 'float64') return label === spec.label ? spec : { ...spec, label };
  if (spec.activation.kind === 'vector') return vectorInDtype(spec, dtype, label);
  const formula = torchFormula(spec, dtype);
  const fn = inType(formula, spec.params, dtype);
  const base = spec.activation as Activation & { kind: 'elementwise' };
  const activation = elementwise({ ...base, f: (x) => fn.f(x), df: (x) => fn.df(x) });
  return { ...spec, label, activation };
}

/** softmax, log_softmax and softmin in the type (src/dtype/torch-vector.ts); the others are refused. */
function vectorInDtype(spec: Spec, dtype: LowDType, label: string): Spec {
  const a = isChecked(spec.activation) ? uncheckedActivation(spec.activation) : spec.activation;
  const formula = isCatalog(a) ? TORCH_VECTOR[a.name] : undefined;
  if (!formula || a.kind !== 'vector') {
    throw new UsageError(`--dtype ${dtype}: ${spec.label} is a vector function without a PyTorch kernel (vector functions with one: ${Object.keys(TORCH_VECTOR).join(', ')}); --dtype float64 (the default) computes it exactly`);
  }
  const fn = vectorInType(formula, dtype);
  const activation = vector({ ...a, f: (xs, _p, out) => fn.f(xs, out), df: (xs, _p, out) => fn.df(xs, out) });
  return { ...spec, label, activation };
}
