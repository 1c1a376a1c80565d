/**
 * A syntax tree back to text, with the fewest parentheses that parse back to the same tree:
 * parseExpression(printExpression(t)) equals t. Catalog calls show the parameters that differ
 * from their defaults, by name.
 */
import type { Expression } from './ast.js';

// Binding strength, loosest first; a child needs parentheses when it binds more loosely than its slot.
const CONDITIONAL = 0;
const OR = 1;
const AND = 2;
const COMPARISON = 3;
const SUM = 4;
const PRODUCT = 5;
const UNARY = 6;
const POWER = 7;
const PRIMARY = 8;

function strength(node: Expression): number {
  switch (node.type) {
    case 'conditional':
      return CONDITIONAL;
    case 'binary':
      switch (node.op) {
        case '||':
          return OR;
        case '&&':
          return AND;
        case '+':
        case '-':
          return SUM;
        case '*':
        case '/':
          return PRODUCT;
        case '^':
          return POWER;
        default:
          return COMPARISON;
      }
    case 'unary':
      return UNARY;
    default:
      return PRIMARY;
  }
}

/** The text of `node` in a slot that needs at least binding strength `slot`. */
function inSlot(node: Expression, slot: number): string {
  const text = printExpression(node);
  return strength(node) < slot ? `(${text})` : text;
}

export function printExpression(node: Expression): string {
  switch (node.type) {
    case 'number':
      return String(node.value);
    case 'x':
      return 'x';
    case 'constant':
      return node.name;
    case 'unary':
      return `${node.op}${inSlot(node.arg, UNARY)}`;
    case 'conditional':
      return `${inSlot(node.test, OR)} ? ${inSlot(node.consequent, CONDITIONAL)} : ${inSlot(node.alternate, CONDITIONAL)}`;
    case 'call':
      return `${node.fn.name}(${node.args.map((a) => inSlot(a, CONDITIONAL)).join(', ')})`;
    case 'activation': {
      const { activation: a, params } = node;
      const changed = Object.keys(a.params).filter((k) => !Object.is(params[k], a.params[k].default));
      return `${a.name}(${[inSlot(node.arg, CONDITIONAL), ...changed.map((k) => `${k}=${params[k]}`)].join(', ')})`;
    }
    case 'binary': {
      const own = strength(node);
      switch (own) {
        case POWER:
          return `${inSlot(node.left, PRIMARY)}^${inSlot(node.right, UNARY)}`;
        case COMPARISON:
          return `${inSlot(node.left, SUM)} ${node.op} ${inSlot(node.right, SUM)}`;
        case PRODUCT:
          return `${inSlot(node.left, PRODUCT)}${node.op}${inSlot(node.right, UNARY)}`;
        default:
          // left-associative: the left operand may bind as loosely as the operator itself
          return `${inSlot(node.left, own)} ${node.op} ${inSlot(node.right, own + 1)}`;
      }
    }
  }
}
