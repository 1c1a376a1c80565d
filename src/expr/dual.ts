/**
 * AST to a closure computing f'(x) exactly, by forward-mode automatic differentiation: every
 * node's closure returns its value and leaves its derivative (the dual part) in `dual[0]`, a
 * slot shared by the closures of one expression, so that no pair is ever allocated. (A typed
 * array slot holds a raw double; a captured `let` would box each new value, which measured
 * 30% slower.)
 *
 * The rules are the textbook ones (sum, product, quotient, chain) with the conventions of
 * arithmetic.ts: 0·∞ = 0 in products, and at a corner (max, min, abs) the slope nearest 0. A
 * conditional takes the derivative of the branch it picks, so `x > 0 ? x : 0` has slope 0 at 0.
 * Catalog activations bring their own df.
 */
import type { BinaryOperator, Expression } from './ast.js';
import { dependsOnX } from './ast.js';
import { power, powerSlope, strongProduct } from './arithmetic.js';
import { compileValue, type ValueFunction } from './compile.js';

type DualFunction = (x: number) => number;

/** A closure computing f'(x). */
export function compileDerivative(root: Expression): ValueFunction {
  // The dual part of the value the last closure returned.
  const dual = new Float64Array(1);

  const build = (node: Expression): DualFunction => {
    if (!dependsOnX(node)) {
      const v = compileValue(node)(NaN);
      return () => {
        dual[0] = 0;
        return v;
      };
    }
    switch (node.type) {
      case 'x':
        return (x) => {
          dual[0] = x === x ? 1 : NaN; // NaN in, NaN out, for f' as for f
          return x;
        };
      case 'unary': {
        const a = build(node.arg);
        if (node.op === '+') return a;
        if (node.op === '-') {
          return (x) => {
            const v = -a(x);
            dual[0] = -dual[0];
            return v;
          };
        }
        const test = compileValue(node);
        return (x) => {
          const v = test(x);
          dual[0] = v === v ? 0 : NaN;
          return v;
        };
      }
      case 'binary':
        return binary(node.op, node);
      case 'conditional': {
        const test = compileValue(node.test);
        const yes = build(node.consequent);
        const no = build(node.alternate);
        return (x) => {
          const t = test(x);
          if (t !== t) {
            dual[0] = NaN;
            return NaN;
          }
          return t !== 0 ? yes(x) : no(x);
        };
      }
      case 'call': {
        const fn = node.fn;
        if (fn.kind === 'unary') {
          const { f, df } = fn;
          const a = build(node.args[0]);
          return (x) => {
            const u = a(x);
            const v = f(u);
            dual[0] = strongProduct(df(u, v), dual[0]);
            return v;
          };
        }
        const { f, slope } = fn;
        const [first, second] = node.args;
        // f(a, b) with the dual of both arguments; f(a, b, c) = f(f(a, b), c), and so on
        const pair = (a: DualFunction, b: DualFunction): DualFunction => (x) => {
          const u = a(x);
          const du = dual[0];
          const w = b(x);
          const v = f(u, w);
          dual[0] = slope(u, w, du, dual[0], v);
          return v;
        };
        let result: DualFunction;
        if (!dependsOnX(first)) {
          // max(0, x): a constant first argument, the common case, without its closure
          const c = compileValue(first)(NaN);
          const b = build(second);
          result = (x) => {
            const w = b(x);
            const v = f(c, w);
            dual[0] = slope(c, w, 0, dual[0], v);
            return v;
          };
        } else {
          result = pair(build(first), build(second));
        }
        if (node.args.length === 2) return result;
        // more arguments: a loop over them, not a closure per argument nested in the next
        const firstTwo = result;
        const more = node.args.slice(2).map(build);
        return (x) => {
          let u = firstTwo(x);
          for (const b of more) {
            const du = dual[0];
            const w = b(x);
            const v = f(u, w);
            dual[0] = slope(u, w, du, dual[0], v);
            u = v;
          }
          return u;
        };
      }
      case 'activation': {
        const { f, df } = node.activation;
        const p = node.params;
        if (node.arg.type === 'x') {
          return (x) => {
            dual[0] = df(x, p);
            return f(x, p);
          };
        }
        const a = build(node.arg);
        return (x) => {
          const u = a(x);
          dual[0] = strongProduct(df(u, p), dual[0]);
          return f(u, p);
        };
      }
      default:
        throw new Error(`unreachable: ${node.type}`);
    }
  };

  /** An operation with a constant on one side: no closure and no dual part for that side. */
  const withConstant = (op: BinaryOperator, a: DualFunction, c: number, constantOnRight: boolean): DualFunction | undefined => {
    switch (op) {
      case '+':
        return (x) => a(x) + c;
      case '-':
        if (constantOnRight) return (x) => a(x) - c;
        return (x) => {
          const w = c - a(x);
          dual[0] = -dual[0];
          return w;
        };
      case '*':
        return (x) => {
          const u = a(x);
          dual[0] = strongProduct(c, dual[0]);
          return strongProduct(u, c);
        };
      case '/':
        if (!constantOnRight) return undefined;
        return (x) => {
          const u = a(x);
          dual[0] /= c;
          return u / c;
        };
      case '^':
        if (!constantOnRight) return undefined;
        if (c === 2) {
          return (x) => {
            const u = a(x);
            dual[0] = strongProduct(2 * u, dual[0]);
            return u * u;
          };
        }
        return (x) => {
          const u = a(x);
          const v = power(u, c);
          dual[0] = powerSlope(u, c, dual[0], 0, v);
          return v;
        };
      default:
        return undefined;
    }
  };

  const binary = (op: BinaryOperator, node: Expression & { type: 'binary' }): DualFunction => {
    if (!dependsOnX(node.right) || !dependsOnX(node.left)) {
      const onRight = !dependsOnX(node.right);
      const special = withConstant(op, build(onRight ? node.left : node.right), compileValue(onRight ? node.right : node.left)(NaN), onRight);
      if (special) return special;
    }
    const a = build(node.left);
    const b = build(node.right);
    switch (op) {
      case '+':
        return (x) => {
          const u = a(x);
          const du = dual[0];
          const v = u + b(x);
          dual[0] = du + dual[0];
          return v;
        };
      case '-':
        return (x) => {
          const u = a(x);
          const du = dual[0];
          const v = u - b(x);
          dual[0] = du - dual[0];
          return v;
        };
      case '*':
        return (x) => {
          const u = a(x);
          const du = dual[0];
          const w = b(x);
          dual[0] = strongProduct(du, w) + strongProduct(u, dual[0]);
          return strongProduct(u, w);
        };
      case '/':
        return (x) => {
          const u = a(x);
          const du = dual[0];
          const w = b(x);
          const q = u / w;
          // (u/w)' = (u' - q·w')/w
          dual[0] = dual[0] === 0 ? du / w : (du - strongProduct(q, dual[0])) / w;
          return q;
        };
      case '^':
        return (x) => {
          const u = a(x);
          const du = dual[0];
          const w = b(x);
          const v = power(u, w);
          dual[0] = powerSlope(u, w, du, dual[0], v);
          return v;
        };
      default: {
        // comparisons and logic: piecewise constant
        const value = compileValue(node);
        return (x) => {
          const v = value(x);
          dual[0] = v === v ? 0 : NaN;
          return v;
        };
      }
    }
  };

  const top = build(root);
  return (x) => {
    top(x);
    return dual[0];
  };
}
