/**
 * The syntax tree of an expression in x. The parser builds it with every name already resolved
 * (a math function from the table, or a catalog activation with checked parameters), so that
 * the evaluators never look anything up by name.
 */
import type { ElementwiseActivation, Params } from '../core/define.js';
import type { MathFunction } from './functions.js';

export type UnaryOperator = '-' | '+' | '!';
export type ArithmeticOperator = '+' | '-' | '*' | '/' | '^';
export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type LogicalOperator = '&&' | '||';
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | LogicalOperator;

/** Where a node starts in the text (a string index), for messages. */
interface Located {
  readonly pos: number;
}

export interface NumberNode extends Located {
  readonly type: 'number';
  /** Finite and ≥ 0: a minus sign is a unary node. */
  readonly value: number;
}

export interface VariableNode extends Located {
  readonly type: 'x';
}

export interface ConstantNode extends Located {
  readonly type: 'constant';
  readonly name: 'pi' | 'e' | 'inf';
  readonly value: number;
}

export interface UnaryNode extends Located {
  readonly type: 'unary';
  readonly op: UnaryOperator;
  readonly arg: Expression;
}

export interface BinaryNode extends Located {
  readonly type: 'binary';
  readonly op: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

/** `test ? consequent : alternate`. */
export interface ConditionalNode extends Located {
  readonly type: 'conditional';
  readonly test: Expression;
  readonly consequent: Expression;
  readonly alternate: Expression;
}

/** A function of the table: exp, log1p, max, pow... */
export interface CallNode extends Located {
  readonly type: 'call';
  readonly fn: MathFunction;
  readonly args: readonly Expression[];
}

/** A catalog activation applied to an argument, with its (constant, checked) parameters. */
export interface ActivationNode extends Located {
  readonly type: 'activation';
  readonly activation: ElementwiseActivation;
  readonly arg: Expression;
  /** Every parameter, defaults filled in. */
  readonly params: Params;
}

export type Expression = NumberNode | VariableNode | ConstantNode | UnaryNode | BinaryNode | ConditionalNode | CallNode | ActivationNode;

/** The direct sub-expressions of a node, in reading order. */
export function children(node: Expression): readonly Expression[] {
  switch (node.type) {
    case 'unary':
      return [node.arg];
    case 'binary':
      return [node.left, node.right];
    case 'conditional':
      return [node.test, node.consequent, node.alternate];
    case 'call':
      return node.args;
    case 'activation':
      return [node.arg];
    default:
      return [];
  }
}

const mentionsX = new WeakMap<Expression, boolean>();

/** Whether the value depends on x (otherwise it is a constant the evaluators fold). Memoised. */
export function dependsOnX(node: Expression): boolean {
  let known = mentionsX.get(node);
  if (known === undefined) {
    known = node.type === 'x' || children(node).some(dependsOnX);
    mentionsX.set(node, known);
  }
  return known;
}

/** Structural equality, ignoring positions (numbers compare by value, -0 and 0 apart). */
export function sameExpression(a: Expression, b: Expression): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'number':
      return Object.is(a.value, (b as NumberNode).value);
    case 'constant':
      return a.name === (b as ConstantNode).name;
    case 'unary':
    case 'binary':
      if (a.op !== (b as UnaryNode | BinaryNode).op) return false;
      break;
    case 'call':
      if (a.fn !== (b as CallNode).fn || a.args.length !== (b as CallNode).args.length) return false;
      break;
    case 'activation': {
      const o = b as ActivationNode;
      if (a.activation !== o.activation) return false;
      const keys = Object.keys(a.params);
      if (keys.length !== Object.keys(o.params).length || keys.some((k) => !Object.is(a.params[k], o.params[k]))) return false;
      break;
    }
    default:
      break;
  }
  const ca = children(a);
  const cb = children(b);
  return ca.length === cb.length && ca.every((c, i) => sameExpression(c, cb[i]));
}
