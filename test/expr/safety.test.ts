/**
 * User text is only ever read by act's own parser: no code in the project can hand a string to
 * JavaScript to run. (The name tests, constructor and __proto__ unknown, are in parser.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  // And the CLI's loader runs act's own bundle files (dist/*.cjs) through node:vm, to use V8's
  // code cache; what it compiles is read from those files, never given as text.
  const LOADER = join(ROOT, 'src', 'cli', 'bundle-loader.ts');

  it('src/ uses neither eval, new Function, node:vm, nor string timers (but for the fixed kernel loop and the bundle loader)', () => {
    const forbidden = [/\beval\s*\(/, /\bFunction\s*\(/, /['"](node:)?vm['"]/, /set(Timeout|Interval)\s*\(\s*['"`]/];
    const hits = files.filter((f) => f !== KERNEL && f !== LOADER).flatMap((f) => {
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

  it('the bundle loader compiles only the contents of .cjs files in the package', () => {
    const text = readFileSync(LOADER, 'utf8');
    expect(text.match(/new Script\(/g)).toHaveLength(1);
    expect(text).toContain('const bytes = readFileSync(file);');
    // the file's text as it is (a bundle built as CommonJS's function), or inside Module.wrap
    expect(text).toMatch(/new Script\(wrapped \? source : Module\.wrap\(source\), \{\s+filename: name,/);
    // the files: the entry names main.cjs beside itself; bundles name others as relative .cjs paths
    expect(readFileSync(join(ROOT, 'src', 'cli', 'start.ts'), 'utf8')).toContain("requireBundle(join(__dirname, 'main.cjs'), 'dist/main.cjs', ");
    expect(text).toContain("id.startsWith('.') && id.endsWith('.cjs') ? requireBundle(resolve(dirname(file), id),");
    const callers = files.filter((f) => /\brequireBundle\(/.test(readFileSync(f, 'utf8')));
    expect(callers.map((f) => relative(ROOT, f))).toEqual(['src/cli/bundle-loader.ts', 'src/cli/start.ts']);
  });

  it('the check would notice one', () => {
    expect(/\bFunction\s*\(/.test('const g = new Function("x", text);')).toBe(true);
    expect(/\beval\s*\(/.test('return eval(text);')).toBe(true);
  });
});
