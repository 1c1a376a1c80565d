/**
 * User text is only ever read by act's own parser: no code in the project can hand a string to
 * JavaScript to run. (The name tests, constructor and __proto__ unknown, are in parser.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

describe('no string reaches the JavaScript compiler', () => {
  const files = sources(join(ROOT, 'src'));

  it('finds the sources to check', () => {
    expect(files.some((f) => f.endsWith('expr/parser.ts'))).toBe(true);
  });

  // The one exception: core/kernel.ts compiles a fixed loop text (only a counter varies) with
  // new Function, to give each catalog function its own call site; no user text is involved.
  const KERNEL = join(ROOT, 'src', 'core', 'kernel.ts');

  it('src/ uses neither eval, new Function, node:vm, nor string timers (but for the fixed kernel loop)', () => {
    const forbidden = [/\beval\s*\(/, /\bFunction\s*\(/, /['"](node:)?vm['"]/, /set(Timeout|Interval)\s*\(\s*['"`]/];
    const hits = files.filter((f) => f !== KERNEL).flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return forbidden.filter((re) => re.test(text)).map((re) => `${f}: ${re}`);
    });
    expect(hits).toEqual([]);
  });

  it('the kernel compiles only its fixed loop text, whose one interpolation is a counter', () => {
    const text = readFileSync(KERNEL, 'utf8');
    expect(text.match(/new Function\(/g)).toHaveLength(1);
    expect(text).toContain("new Function('f', loopSource())");
    const template = /const loopSource = \(\): string =>\s*`([^`]*)`/.exec(text)?.[1];
    expect(template?.match(/\$\{[^}]*\}/g)).toEqual(['${++made}']);
  });

  it('the check would notice one', () => {
    expect(/\bFunction\s*\(/.test('const g = new Function("x", text);')).toBe(true);
    expect(/\beval\s*\(/.test('return eval(text);')).toBe(true);
  });
});
