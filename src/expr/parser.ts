/**
 * The parser: expression text to a syntax tree, by recursive descent. Names are resolved here,
 * so every mistake is reported with its position: syntax, unknown names (with the closest ones),
 * argument counts, and catalog parameters (checked as `act eval elu(alpha=...)` checks them).
 *
 *   expression  := condition ( "?" expression ":" expression )?
 *   condition   := conjunction ( "||" conjunction )*
 *   conjunction := comparison ( "&&" comparison )*
 *   comparison  := sum ( ("<" | "<=" | ">" | ">=" | "==" | "!=") sum )?
 *   sum         := product ( ("+" | "-") product )*
 *   product     := unary ( ("*" | "/") unary )*
 *   unary       := ("-" | "+" | "!") unary | power
 *   power       := primary ( ("^" | "**") unary )?          -x^2 = -(x^2), 2^-x, x^y^z = x^(y^z)
 *   primary     := number | name | name "(" arguments? ")" | "(" expression ")"
 *   arguments   := argument ( "," argument )*
 *   argument    := ( name "=" )? expression               named: catalog parameters only
 */
import type { ElementwiseActivation } from '../core/define.js';
import { ActError } from '../core/errors.js';
import { defaultParams } from '../core/define.js';
import { hasParam, resolveParams, takesText } from '../core/params.js';
import { paramNamed } from '../core/param-names.js';
import type { BinaryOperator, ComparisonOperator, Expression } from './ast.js';
import { children, dependsOnX } from './ast.js';
import { constantValue } from './compile.js';
import { ExpressionError } from './errors.js';
import type { MathFunction } from './functions.js';
import { findActivation } from '../activations/lookup.js';
import { constants, findCallee, suggestNames, VARIABLE } from './names.js';
import { tokenize, type Operator, type Token } from './tokens.js';

/** Parentheses, calls, signs, exponents and conditionals inside one another; each level costs the parser about ten frames. */
export const MAX_NESTING = 100;
/** The height of the tree (a long sum is as tall as it has terms); the evaluators recurse over it. */
export const MAX_HEIGHT = 400;
/** The longest expression, in characters: far beyond any formula, short of costing seconds. */
export const MAX_LENGTH = 10_000;
/** The most arguments of one call (max, min): each is a term of the loop that evaluates it. */
export const MAX_ARGUMENTS = 1000;

const COMPARISONS: ReadonlySet<Operator> = new Set(['<', '<=', '>', '>=', '==', '!=']);

type OperatorToken = Extract<Token, { kind: 'operator' }>;

interface Argument {
  readonly name?: string;
  readonly namePos: number;
  readonly value: Expression;
}

/** A named argument whose value is a word: a choice (gelu(x, approximate=tanh)), else an error. */
interface WordArgument {
  readonly name: string;
  readonly namePos: number;
  readonly word: string;
  readonly wordPos: number;
  readonly quoted: boolean;
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'number':
      return t.text;
    case 'name':
      return `"${t.text}"`;
    case 'word':
      return `the quoted word "${t.text}"`;
    case 'operator':
      return `"${t.text}"`;
    case 'end':
      return 'the end';
  }
}

class Parser {
  private readonly tokens: Token[];
  private at = 0;
  private nesting = 0;
  private readonly heights = new WeakMap<Expression, number>();

  constructor(private readonly text: string) {
    if (text.length > MAX_LENGTH) throw this.wrong(`the expression is too long: ${text.length} characters, at most ${MAX_LENGTH}`, MAX_LENGTH);
    this.tokens = tokenize(text);
  }

  parse(): Expression {
    if (this.peek().kind === 'end') throw this.syntax('the expression is empty', 0);
    const node = this.expression();
    const t = this.peek();
    if (t.kind !== 'end') throw this.unexpected(t);
    return node;
  }

  // ---- tokens

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.at + ahead, this.tokens.length - 1)];
  }

  private take(): Token {
    const t = this.peek();
    if (t.kind !== 'end') this.at++;
    return t;
  }

  private isOperator(text: Operator, t: Token = this.peek()): boolean {
    return t.kind === 'operator' && t.text === text;
  }

  /** Takes the operator `text`, or throws; `why` is called only then (messages cost time to build). */
  private expect(text: Operator, why: () => string): void {
    const t = this.peek();
    if (!this.isOperator(text, t)) throw this.unexpected(t, `expected "${text}" ${why()}`);
    this.take();
  }

  // ---- errors

  private syntax(reason: string, pos: number): ExpressionError {
    return new ExpressionError(reason, this.text, pos, true);
  }

  private wrong(reason: string, pos: number): ExpressionError {
    return new ExpressionError(reason, this.text, pos, false);
  }

  /** A token where an operator or the end was due: say what is likely missing. */
  private unexpected(t: Token, expected?: string): ExpressionError {
    if (t.kind === 'number' || t.kind === 'name' || this.isOperator('(', t)) {
      return this.syntax(`an operator is missing before ${describe(t)} (write 2*x for a product)`, t.pos);
    }
    const found = `${expected ? `${expected}, found` : 'unexpected'} ${describe(t)}`;
    if (this.isOperator('=', t)) {
      return this.syntax(`${found} (a label goes before the whole spec, as name=expression; parameters go inside a call, as elu(x, alpha=0.5))`, t.pos);
    }
    if (this.isOperator(')', t) && !expected) return this.syntax(`${found}: no "(" to close`, t.pos);
    if (this.isOperator(',', t) && !expected) return this.syntax(`${found}: commas separate a function's arguments`, t.pos);
    return this.syntax(found, t.pos);
  }

  /** The 1-based character column of a string index, for messages. */
  private column(pos: number): number {
    return Array.from(this.text.slice(0, pos)).length + 1;
  }

  // ---- nodes

  /** Records a node's height, refusing trees too tall to evaluate by recursion. */
  private make<T extends Expression>(node: T): T {
    let height = 0;
    for (const c of children(node)) height = Math.max(height, this.heights.get(c) ?? 1);
    this.heights.set(node, height + 1);
    if (height + 1 > MAX_HEIGHT) throw this.wrong(`the expression is too deeply nested (more than ${MAX_HEIGHT} levels)`, node.pos);
    return node;
  }

  private enter(pos: number): void {
    if (++this.nesting > MAX_NESTING) throw this.wrong(`the expression is too deeply nested (more than ${MAX_NESTING} levels of brackets, calls, signs and powers)`, pos);
  }

  private leave(): void {
    this.nesting--;
  }

  // ---- grammar

  private expression(): Expression {
    const test = this.condition();
    const q = this.peek();
    if (!this.isOperator('?', q)) return test;
    this.take();
    this.enter(q.pos);
    const consequent = this.expression();
    this.expect(':', () => `to go with the "?" (write condition ? a : b)`);
    const alternate = this.expression();
    this.leave();
    return this.make({ type: 'conditional', test, consequent, alternate, pos: q.pos });
  }

  private condition(): Expression {
    let left = this.conjunction();
    while (this.isOperator('||')) {
      const op = this.take();
      left = this.make({ type: 'binary', op: '||', left, right: this.conjunction(), pos: op.pos });
    }
    return left;
  }

  private conjunction(): Expression {
    let left = this.comparison();
    while (this.isOperator('&&')) {
      const op = this.take();
      left = this.make({ type: 'binary', op: '&&', left, right: this.comparison(), pos: op.pos });
    }
    return left;
  }

  private comparison(): Expression {
    const left = this.sum();
    const t = this.peek();
    if (t.kind !== 'operator' || !COMPARISONS.has(t.text)) return left;
    this.take();
    const node = this.make({ type: 'binary', op: t.text as ComparisonOperator, left, right: this.sum(), pos: t.pos });
    const again = this.peek();
    if (again.kind === 'operator' && COMPARISONS.has(again.text)) {
      throw this.syntax(`comparisons do not chain: write a < b && b < c`, again.pos);
    }
    return node;
  }

  private sum(): Expression {
    let left = this.product();
    for (let t = this.peek(); this.isOperator('+', t) || this.isOperator('-', t); t = this.peek()) {
      this.take();
      left = this.make({ type: 'binary', op: (t as OperatorToken).text as BinaryOperator, left, right: this.product(), pos: t.pos });
    }
    return left;
  }

  private product(): Expression {
    let left = this.unary();
    for (let t = this.peek(); this.isOperator('*', t) || this.isOperator('/', t); t = this.peek()) {
      this.take();
      left = this.make({ type: 'binary', op: (t as OperatorToken).text as BinaryOperator, left, right: this.unary(), pos: t.pos });
    }
    return left;
  }

  private unary(): Expression {
    const t = this.peek();
    if (!(this.isOperator('-', t) || this.isOperator('+', t) || this.isOperator('!', t))) return this.power();
    this.take();
    this.enter(t.pos);
    const arg = this.unary();
    this.leave();
    return this.make({ type: 'unary', op: (t as OperatorToken).text as '-' | '+' | '!', arg, pos: t.pos });
  }

  private power(): Expression {
    const base = this.primary();
    const t = this.peek();
    if (!this.isOperator('^', t)) return base;
    this.take();
    this.enter(t.pos);
    const exponent = this.unary();
    this.leave();
    return this.make({ type: 'binary', op: '^', left: base, right: exponent, pos: t.pos });
  }

  private primary(): Expression {
    const t = this.take();
    if (t.kind === 'number') return this.make({ type: 'number', value: t.value, pos: t.pos });
    if (t.kind === 'name') return this.isOperator('(') ? this.call(t.text, t.pos) : this.name(t.text, t.pos);
    if (this.isOperator('(', t)) {
      this.enter(t.pos);
      const inner = this.expression();
      this.expect(')', () => `to close the "(" in column ${this.column(t.pos)}`);
      this.leave();
      return inner;
    }
    if (t.kind === 'end') throw this.syntax('the expression ends too soon: expected a number, x, a function or "("', t.pos);
    throw this.syntax(`expected a number, x, a function or "(", found ${describe(t)}`, t.pos);
  }

  private name(name: string, pos: number): Expression {
    if (name === VARIABLE) return this.make({ type: 'x', pos });
    const value = constants.get(name);
    if (value !== undefined) return this.make({ type: 'constant', name: name as 'pi' | 'e' | 'inf', value, pos });
    const callee = findCallee(name);
    if (callee) throw this.wrong(`${name} is a function: write ${name}(x)`, pos);
    const near = suggestNames(name, false);
    throw this.wrong(`unknown name "${name}" ${near.length ? `(did you mean ${near.join(', ')}?)` : '(the variable is x)'}`, pos);
  }

  private call(name: string, pos: number): Expression {
    const open = this.take();
    this.enter(open.pos);
    const args = this.arguments(open.pos);
    this.leave();
    if (name === VARIABLE) throw this.wrong('x is the variable, not a function (write x*(...) for a product)', pos);
    if (constants.has(name)) throw this.wrong(`${name} is a constant, not a function (write ${name}*(...) for a product)`, pos);
    const callee = findCallee(name);
    if (!callee) {
      const near = suggestNames(name, true);
      throw this.wrong(`unknown function "${name}"${near.length ? ` (did you mean ${near.join(', ')}?)` : '; `act list` shows the catalog'}`, pos);
    }
    if (callee.kind === 'math') return this.mathCall(callee.fn, name, args, pos);
    const a = callee.activation;
    if (a.kind === 'vector') throw this.wrong(`${a.name} acts on the whole vector of samples, so it cannot be part of an expression`, pos);
    return this.activationCall(a, name, args, pos);
  }

  private arguments(openPos: number): (Argument | WordArgument)[] {
    const args: (Argument | WordArgument)[] = [];
    if (this.isOperator(')')) {
      this.take();
      return args;
    }
    for (;;) {
      const t = this.peek();
      const named = t.kind === 'name' && this.isOperator('=', this.peek(1));
      if (named) {
        this.take();
        this.take();
      }
      if (args.length === MAX_ARGUMENTS) throw this.wrong(`a call takes at most ${MAX_ARGUMENTS} arguments`, t.pos);
      const word = named ? this.word() : undefined;
      args.push(named && word ? { name: t.text, namePos: t.pos, ...word } : { name: named ? t.text : undefined, namePos: t.pos, value: this.expression() });
      const sep = this.peek();
      if (this.isOperator(',', sep)) {
        this.take();
        continue;
      }
      if (this.isOperator(')', sep)) {
        this.take();
        return args;
      }
      throw this.unexpected(sep, `expected "," or ")" to close the "(" in column ${this.column(openPos)}`);
    }
  }

  /**
   * A named argument's value when it is a word, not an expression: a quoted word, or a bare name that
   * is not x or a constant and stands alone (`approximate=tanh`). Undefined leaves it to expression().
   */
  private word(): Omit<WordArgument, 'name' | 'namePos'> | undefined {
    const t = this.peek();
    const alone = this.isOperator(',', this.peek(1)) || this.isOperator(')', this.peek(1));
    if (t.kind === 'word' || (t.kind === 'name' && alone && t.text !== VARIABLE && !constants.has(t.text))) {
      this.take();
      return { word: t.text, wordPos: t.pos, quoted: t.kind === 'word' };
    }
    return undefined;
  }

  /** A word where a number was wanted: say so as the parser would have, or as a parameter's error. */
  private notANumber(a: WordArgument, owner: string): ExpressionError {
    if (!a.quoted) {
      this.name(a.word, a.wordPos); // throws the bare name's own error ("tanh is a function: write tanh(x)")
    }
    return this.wrong(`${owner}: ${a.name} takes a number, not the word "${a.word}"`, a.wordPos);
  }

  private mathCall(fn: MathFunction, written: string, args: (Argument | WordArgument)[], pos: number): Expression {
    const named = args.find((a) => a.name !== undefined);
    if (named) throw this.wrong(`${fn.name} takes no named arguments (only catalog functions have parameters)`, named.namePos);
    const count = fn.kind === 'unary' ? 'one argument' : fn.variadic ? 'two or more arguments' : 'two arguments';
    const fits = fn.kind === 'unary' ? args.length === 1 : fn.variadic ? args.length >= 2 : args.length === 2;
    if (!fits) throw this.wrong(`${written} takes ${count}, got ${args.length}`, pos);
    return this.make({ type: 'call', fn, args: (args as Argument[]).map((a) => a.value), pos });
  }

  /**
   * Takes out the word-valued options that choose another catalog function (PyTorch's
   * gelu(x, approximate='tanh') is gelu_tanh), as the spec parser does for `gelu(approximate=tanh)`.
   */
  private applyChoices(a: ElementwiseActivation, args: (Argument | WordArgument)[]): { activation: ElementwiseActivation; rest: Argument[] } {
    let chosen = a;
    const rest: Argument[] = [];
    for (const arg of args) {
      const options = arg.name !== undefined && a.choices && Object.hasOwn(a.choices, arg.name) ? a.choices[arg.name] : undefined;
      if (options) {
        const word = 'word' in arg ? arg.word.toLowerCase() : undefined;
        if (word === undefined || !Object.hasOwn(options, word)) {
          throw this.wrong(`${a.name}: ${arg.name} must be ${Object.keys(options).join(' or ')}`, 'word' in arg ? arg.wordPos : arg.namePos);
        }
        chosen = findActivation(options[word]) as ElementwiseActivation;
      } else if ('word' in arg) {
        throw this.notANumber(arg, a.name);
      } else {
        rest.push(arg);
      }
    }
    return { activation: chosen, rest };
  }

  private activationCall(written: ElementwiseActivation, writtenName: string, all: (Argument | WordArgument)[], pos: number): Expression {
    const [first, ...others] = all;
    const input = first && 'word' in first ? undefined : first;
    const { activation: a, rest } = this.applyChoices(written, others);
    const names = Object.keys(a.params);
    const template = `${a.name}(x${names.map((k) => `, ${k}=${defaultParams(a)[k]}`).join('')})`;
    if (!input || input.name !== undefined) {
      throw this.wrong(`${writtenName} needs its input first, as in ${template}`, first ? first.namePos : pos);
    }
    const given = new Map<string, number>();
    const where = new Map<string, number>();
    rest.forEach((arg, i) => {
      const key = arg.name === undefined ? names[i] : (paramNamed(a, arg.name) ?? arg.name);
      if (key === undefined) throw this.wrong(`${a.name}: too many parameters (${takesText(a)})`, arg.namePos);
      if (!hasParam(a, key)) throw this.wrong(`${a.name}: unknown parameter "${key}" (${takesText(a)})`, arg.namePos);
      if (given.has(key)) throw this.wrong(`${a.name}: parameter ${key} is given twice`, arg.namePos);
      if (dependsOnX(arg.value)) throw this.wrong(`${a.name}: parameter ${key} must be a constant, not depend on x`, arg.namePos);
      given.set(key, constantValue(arg.value));
      where.set(key, arg.namePos);
    });
    let params;
    try {
      params = resolveParams(a, Object.fromEntries(given));
    } catch (e) {
      if (!(e instanceof ActError)) throw e;
      // point at the parameter the message is about, if it names one
      const culprit = [...where.keys()].find((k) => e.message.includes(`parameter ${k} `));
      throw this.wrong(e.message, culprit === undefined ? pos : where.get(culprit)!);
    }
    return this.make({ type: 'activation', activation: a, arg: input.value, params, pos });
  }
}

/** Parses an expression in x; throws an ExpressionError (a usage error) showing where it went wrong. */
export function parseExpression(text: string): Expression {
  return new Parser(text).parse();
}
