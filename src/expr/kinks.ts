/**
 * Where an expression may have a corner or a jump. In general that cannot be known (it is where
 * some non-smooth operation's argument crosses a point), but the common forms can be found: when
 * the argument is affine in x, a·x + b, the corner of max(0, 2*x - 1) is at x = 0.5, and a
 * catalog function's kinks k give x = (k - b)/a. Candidates inside a branch that is never taken
 * are still listed; corners of non-affine arguments (abs(x^2 - 1)) are not found.
 */
import type { Expression } from './ast.js';
import { children, dependsOnX } from './ast.js';
import { constantValue } from './compile.js';
import { propertiesOf } from '../core/define.js';

type Affine = readonly [slope: number, intercept: number];

/** The expression as a·x + b, if it is one. */
export function affine(node: Expression): Affine | undefined {
  if (!dependsOnX(node)) return [0, constantValue(node)];
  switch (node.type) {
    case 'x':
      return [1, 0];
    case 'unary': {
      const a = affine(node.arg);
      if (!a || node.op === '!') return undefined;
      return node.op === '-' ? [-a[0], -a[1]] : a;
    }
    case 'binary': {
      const l = affine(node.left);
      const r = affine(node.right);
      if (!l || !r) return undefined;
      switch (node.op) {
        case '+':
          return [l[0] + r[0], l[1] + r[1]];
        case '-':
          return [l[0] - r[0], l[1] - r[1]];
        case '*':
          if (l[0] === 0) return [l[1] * r[0], l[1] * r[1]];
          if (r[0] === 0) return [l[0] * r[1], l[1] * r[1]];
          return undefined;
        case '/':
          return r[0] === 0 ? [l[0] / r[1], l[1] / r[1]] : undefined;
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** The x where the affine form equals `level`. */
function solve(form: Affine | undefined, level: number): number | undefined {
  if (!form || form[0] === 0) return undefined;
  return (level - form[1]) / form[0];
}

/** The difference of two expressions as an affine form, if both are affine. */
function difference(a: Expression, b: Expression): Affine | undefined {
  const l = affine(a);
  const r = affine(b);
  return l && r ? [l[0] - r[0], l[1] - r[1]] : undefined;
}

const COMPARISONS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);

/** Where lines p and q cross. */
const crossing = (p: Affine, q: Affine): number => (q[1] - p[1]) / (p[0] - q[0]);

/**
 * The corners of max (sign 1) or min (sign -1) of affine forms: where its upper (lower) envelope
 * passes from one line to the next. Sorting by slope and keeping a hull takes O(n log n), where
 * pairing every two arguments took O(n²); crossings under the envelope are not corners.
 */
function envelopeCorners(forms: readonly Affine[], sign: 1 | -1): number[] {
  const lines = forms.map(([m, b]): Affine => [sign * m, sign * b]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const hull: Affine[] = [];
  for (const line of lines) {
    // of two parallel lines only the higher one can be on top (the sort puts it last)
    if (hull.length > 0 && hull[hull.length - 1][0] === line[0]) hull.pop();
    // the last line is under the envelope if the new one overtakes the one before it no later
    while (hull.length >= 2 && crossing(hull[hull.length - 2], line) <= crossing(hull[hull.length - 2], hull[hull.length - 1])) hull.pop();
    hull.push(line);
  }
  return hull.slice(1).map((line, i) => crossing(hull[i], line));
}

/** Pushes the kink candidates of a node and of everything below it. */
function candidates(node: Expression, out: number[]): void {
  const push = (k: number | undefined): void => {
    if (k !== undefined) out.push(k);
  };
  switch (node.type) {
    case 'binary':
      if (COMPARISONS.has(node.op)) push(solve(difference(node.left, node.right), 0));
      break;
    case 'call':
      if (node.fn.name === 'abs' || node.fn.name === 'sign') push(solve(affine(node.args[0]), 0));
      if (node.fn.name === 'min' || node.fn.name === 'max') {
        const forms = node.args.map(affine).filter((f): f is Affine => f !== undefined);
        for (const k of envelopeCorners(forms, node.fn.name === 'max' ? 1 : -1)) push(k);
      }
      break;
    case 'activation': {
      const form = affine(node.arg);
      for (const level of node.activation.kinks(node.params)) push(solve(form, level));
      break;
    }
    default:
      break;
  }
  for (const c of children(node)) candidates(c, out);
}

/** The kinks that can be located, ascending, each once. */
export function findKinks(root: Expression): number[] {
  const out: number[] = [];
  candidates(root, out);
  const sorted = out.filter(Number.isFinite).map((k) => (k === 0 ? 0 : k)).sort((a, b) => a - b);
  return sorted.filter((k, i) => i === 0 || k !== sorted[i - 1]);
}

const CORNERED_FUNCTIONS: ReadonlySet<string> = new Set(['abs', 'sign', 'min', 'max', 'floor', 'ceil']);

/**
 * Whether the expression is built only from smooth operations (no comparison, conditional,
 * abs, sign, min, max, floor, ceil, or catalog function with a corner), so that f is C^∞ wherever
 * it is defined.
 */
export function isSmooth(root: Expression): boolean {
  const here = ((): boolean => {
    switch (root.type) {
      case 'binary':
        return !COMPARISONS.has(root.op) && root.op !== '&&' && root.op !== '||';
      case 'unary':
        return root.op !== '!';
      case 'conditional':
        return false;
      case 'call':
        return !CORNERED_FUNCTIONS.has(root.fn.name);
      case 'activation':
        return propertiesOf(root.activation, root.params).continuity === Infinity;
      default:
        return true;
    }
  })();
  return here && children(root).every(isSmooth);
}
