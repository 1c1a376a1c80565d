/**
 * AST to a closure computing f(x). Each node becomes a small closure over its children's
 * closures; sub-expressions without x are folded to constants first, and the commonest shapes
 * (an operand that is x or a constant, a call on x itself) get closures of their own, so that a
 * short expression costs a few calls more than the catalog function it spells.
 */
import type { BinaryOperator, Expression } from './ast.js';
import { dependsOnX } from './ast.js';
import { compare, power, strongProduct, truth } from './arithmetic.js';

export type ValueFunction = (x: number) => number;

const identity: ValueFunction = (x) => x;
const constant = (v: number): ValueFunction => () => v;

/** The value of an expression that does not depend on x. */
export function constantValue(node: Expression): number {
  return compileValue(node)(NaN);
}

export function compileValue(node: Expression): ValueFunction {
  if (node.type === 'x') return identity;
  if (!dependsOnX(node)) return constant(build(node)(NaN));
  return build(node);
}

function build(node: Expression): ValueFunction {
  switch (node.type) {
    case 'number':
    case 'constant':
      return constant(node.value);
    case 'x':
      return identity;
    case 'unary': {
      const a = compileValue(node.arg);
      if (node.op === '-') return (x) => -a(x);
      if (node.op === '+') return a;
      return (x) => 1 - truth(a(x));
    }
    case 'binary':
      return binary(node.op, node.left, node.right);
    case 'conditional': {
      const test = compileValue(node.test);
      const yes = compileValue(node.consequent);
      const no = compileValue(node.alternate);
      return (x) => {
        const t = test(x);
        return t !== t ? NaN : t !== 0 ? yes(x) : no(x);
      };
    }
    case 'call': {
      const fn = node.fn;
      if (fn.kind === 'unary') {
        const f = fn.f;
        if (node.args[0].type === 'x') return (x) => f(x);
        const a = compileValue(node.args[0]);
        return (x) => f(a(x));
      }
      const f2 = fn.f;
      const a = compileValue(node.args[0]);
      const b = compileValue(node.args[1]);
      if (node.args.length === 2) return (x) => f2(a(x), b(x));
      // f(a, b, c, ...) = f(f(a, b), c)...: a loop, not a closure per argument (whose nesting a
      // call with thousands of arguments would overflow the stack with)
      const rest = node.args.slice(2).map(compileValue); // a and b compiled once: nested calls would double the work per level
      return (x) => {
        let v = f2(a(x), b(x));
        for (const c of rest) v = f2(v, c(x));
        return v;
      };
    }
    case 'activation': {
      const { f } = node.activation;
      const p = node.params;
      if (node.arg.type === 'x') return (x) => f(x, p);
      const a = compileValue(node.arg);
      return (x) => f(a(x), p);
    }
  }
}

/** The value of an operand that does not depend on x; undefined if it does. */
const constantOf = (node: Expression): number | undefined => (dependsOnX(node) ? undefined : constantValue(node));

function binary(op: BinaryOperator, leftNode: Expression, rightNode: Expression): ValueFunction {
  const a = compileValue(leftNode);
  const b = compileValue(rightNode);
  const ca = constantOf(leftNode);
  const cb = constantOf(rightNode);
  const ax = leftNode.type === 'x';
  switch (op) {
    case '+':
      if (cb !== undefined) return ax ? (x) => x + cb : (x) => a(x) + cb;
      if (ca !== undefined) return (x) => ca + b(x);
      return (x) => a(x) + b(x);
    case '-':
      if (cb !== undefined) return ax ? (x) => x - cb : (x) => a(x) - cb;
      if (ca !== undefined) return (x) => ca - b(x);
      return (x) => a(x) - b(x);
    case '*':
      if (ca !== undefined) return rightNode.type === 'x' ? (x) => strongProduct(ca, x) : (x) => strongProduct(ca, b(x));
      if (cb !== undefined) return (x) => strongProduct(a(x), cb);
      if (ax) return (x) => strongProduct(x, b(x));
      return (x) => strongProduct(a(x), b(x));
    case '/':
      if (cb !== undefined) return (x) => a(x) / cb;
      return (x) => a(x) / b(x);
    case '^':
      if (cb === 2) return ax ? (x) => x * x : (x) => {
        const v = a(x);
        return v * v;
      };
      return (x) => power(a(x), b(x));
    case '&&':
      return (x) => {
        const t = truth(a(x));
        return t === 1 ? truth(b(x)) : t;
      };
    case '||':
      return (x) => {
        const t = truth(a(x));
        return t === 0 ? truth(b(x)) : t;
      };
    default:
      return (x) => compare(op, a(x), b(x));
  }
}
