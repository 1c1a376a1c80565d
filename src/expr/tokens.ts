/**
 * The lexer: expression text to tokens. Numbers are decimal (no hex, no signs: a minus is an
 * operator); names are ASCII words; a few Unicode symbols read as their ASCII operators.
 */
import { ExpressionError } from './errors.js';

export type Operator =
  | '+' | '-' | '*' | '/' | '^'
  | '<' | '<=' | '>' | '>=' | '==' | '!='
  | '&&' | '||' | '!'
  | '?' | ':' | ',' | '(' | ')' | '=';

export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly pos: number }
  | { readonly kind: 'name'; readonly text: string; readonly pos: number }
  | { readonly kind: 'operator'; readonly text: Operator; readonly pos: number }
  /** A quoted word, as PyTorch writes a choice: gelu(x, approximate='tanh'). */
  | { readonly kind: 'word'; readonly text: string; readonly pos: number }
  | { readonly kind: 'end'; readonly pos: number };

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s+/y;
const QUOTED_WORD = /'[A-Za-z_][A-Za-z0-9_]*'|"[A-Za-z_][A-Za-z0-9_]*"/y;

/** Operators, longest first so that `<=` is not read as `<` then `=`. */
const OPERATORS: readonly [string, Operator][] = [
  ['**', '^'], ['<=', '<='], ['>=', '>='], ['==', '=='], ['!=', '!='], ['&&', '&&'], ['||', '||'],
  ['+', '+'], ['-', '-'], ['*', '*'], ['/', '/'], ['^', '^'], ['<', '<'], ['>', '>'], ['!', '!'],
  ['?', '?'], [':', ':'], [',', ','], ['(', '('], [')', ')'], ['=', '='],
  // the symbols of act's own formula texts, and of typeset ones
  ['·', '*'], ['×', '*'], ['−', '-'], ['≤', '<='], ['≥', '>='], ['≠', '!='],
];

/** Names written as one Unicode letter. */
const UNICODE_NAMES: Readonly<Record<string, string>> = { π: 'pi' };

function describeCharacter(c: string): string {
  const code = c.codePointAt(0)!;
  return code < 0x20 || code === 0x7f ? `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${c}"`;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = pos;
    const m = re.exec(text);
    return m ? m[0] : undefined;
  };
  while (pos < text.length) {
    const space = match(SPACE);
    if (space) {
      pos += space.length;
      continue;
    }
    const number = match(NUMBER);
    if (number) {
      const value = Number(number);
      if (value === Infinity) throw new ExpressionError(`the number ${number} is too large for a double`, text, pos, true);
      tokens.push({ kind: 'number', value, text: number, pos });
      pos += number.length;
      continue;
    }
    const name = match(NAME);
    if (name) {
      tokens.push({ kind: 'name', text: name, pos });
      pos += name.length;
      continue;
    }
    const quoted = match(QUOTED_WORD);
    if (quoted) {
      tokens.push({ kind: 'word', text: quoted.slice(1, -1), pos });
      pos += quoted.length;
      continue;
    }
    const c = String.fromCodePoint(text.codePointAt(pos)!);
    if (Object.hasOwn(UNICODE_NAMES, c)) {
      tokens.push({ kind: 'name', text: UNICODE_NAMES[c], pos });
      pos += c.length;
      continue;
    }
    const op = OPERATORS.find(([spelling]) => text.startsWith(spelling, pos));
    if (!op) throw new ExpressionError(`unexpected ${describeCharacter(c)}`, text, pos, true);
    tokens.push({ kind: 'operator', text: op[1], pos });
    pos += op[0].length;
  }
  tokens.push({ kind: 'end', pos: text.length });
  return tokens;
}
