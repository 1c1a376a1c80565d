import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { batchLines } from '../../src/cli/batch-script.js';

/** One line's words, or why it cannot be read; undefined for a blank or comment line. */
function lineWords(text: string): { words: string[] } | { error: string } | undefined {
  const [first] = batchLines(text);
  if (!first) return undefined;
  return 'error' in first ? { error: first.error } : { words: first.words };
}

describe('batch script lines', () => {
  it('splits words as a shell does: quotes, backslashes, comments', () => {
    expect(lineWords(`plot relu gelu -d -o "a b.png" --title 'it''s' # a comment`)).toEqual({ words: ['plot', 'relu', 'gelu', '-d', '-o', 'a b.png', '--title', 'its'] });
    expect(lineWords(`plot --title "it's" a\\ b`)).toEqual({ words: ['plot', '--title', "it's", 'a b'] });
    expect(lineWords('eval -- "-x^2" -n 3')).toEqual({ words: ['eval', '--', '-x^2', '-n', '3'] });
  });

  it('keeps what a shell would expand as written: globs, $NAME', () => {
    expect(lineWords('eval x*x')).toEqual({ words: ['eval', 'x*x'] });
    expect(lineWords('plot gelu -o $OUT/g.png')).toEqual({ words: ['plot', 'gelu', '-o', '$OUT/g.png'] });
  });

  it('allows a leading act, and skips blank and comment lines', () => {
    expect(lineWords('act list')).toEqual({ words: ['list'] });
    expect(lineWords('   ')).toBeUndefined();
    expect(lineWords('  # plot gelu')).toBeUndefined();
  });

  it('refuses shell operators and unclosed quotes, saying why', () => {
    expect(lineWords('plot elu(alpha=0.5)')).toEqual({ error: expect.stringMatching(/^"\(" is shell syntax.*quote the word/) });
    expect(lineWords('eval relu | head')).toEqual({ error: expect.stringMatching(/^"\|" is shell syntax/) });
    expect(lineWords('plot gelu > g.txt')).toEqual({ error: expect.stringMatching(/^">" is shell syntax/) });
    expect(lineWords(`plot --title 'open`)).toEqual({ error: 'unclosed single quote' });
    expect(lineWords('plot --title "open')).toEqual({ error: 'unclosed double quote' });
    expect(lineWords(`plot --title "it's" # don't`)).toEqual({ words: ['plot', '--title', "it's"] });
  });

  it('numbers lines as an editor does, CRLF included', () => {
    expect(batchLines('# figures\r\n\r\nlist\r\nplot "(" \r\n')).toEqual([
      { line: 3, words: ['list'] },
      { line: 4, words: ['plot', '('] },
    ]);
  });
});

describe('batch script lines, as sh splits them', () => {
  /** The words sh makes of a line (words that it would not expand: no $, globs or ~). */
  const shWords = (line: string): string[] => {
    const r = spawnSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return r.stdout.split('\0').slice(0, -1);
  };

  it('keeps a # inside a word, and reads one at a word start as a comment', () => {
    for (const line of ['plot relu gelu --colors red,#1f77b4 -o a.svg', 'plot --title C#', 'plot --title a\\#b #c', `plot --title 'x'#y`, 'plot --title ""#y', 'plot --title "a\\"b" \'c\\d\' e\\ f "g\\h"', 'plot --title ""']) {
      expect(lineWords(line), line).toEqual({ words: shWords(line) });
    }
    expect(lineWords('plot relu gelu --colors red,#1f77b4 -o a.svg')).toEqual({ words: ['plot', 'relu', 'gelu', '--colors', 'red,#1f77b4', '-o', 'a.svg'] });
  });

  it('keeps ${NAME} as written, a brace left open too (shell-quote threw "Bad substitution")', () => {
    expect(lineWords('plot gelu -o ${OUT}/g.png')).toEqual({ words: ['plot', 'gelu', '-o', '${OUT}/g.png'] });
    expect(lineWords('eval "${x"')).toEqual({ words: ['eval', '${x'] });
    expect(lineWords('eval relu ${}')).toEqual({ words: ['eval', 'relu', '${}'] });
  });

  it('joins a line that ends in a backslash to the next, numbered by its first line', () => {
    expect(batchLines('list\nplot relu \\\n  -d \\\n  -o "a\\\nb.svg"\n# c \\\neval relu\n')).toEqual([
      { line: 1, words: ['list'] },
      { line: 2, words: ['plot', 'relu', '-d', '-o', 'ab.svg'] },
      { line: 7, words: ['eval', 'relu'] },
    ]);
    expect(batchLines('eval relu \\\r\n -d\r\nlist\\')).toEqual([
      { line: 1, words: ['eval', 'relu', '-d'] },
      { line: 3, words: ['list'] },
    ]);
    expect(batchLines('plot gelu | head \\\n -d\nlist')).toEqual([
      { line: 1, error: expect.stringMatching(/^"\|" is shell syntax/) },
      { line: 3, words: ['list'] },
    ]);
  });

  it('names the whole operator, and refuses a command substitution', () => {
    expect(lineWords('eval relu && list')).toEqual({ error: expect.stringMatching(/^"&&" is shell syntax/) });
    expect(lineWords('plot gelu -o `date`.png')).toEqual({ error: expect.stringMatching(/^"`" is shell syntax/) });
    expect(lineWords('plot gelu -o "`date`.png"')).toEqual({ words: ['plot', 'gelu', '-o', '`date`.png'] });
  });

  it('agrees with sh on 400 random lines of quotes, backslashes, # and blanks', () => {
    const alphabet = ['a', 'b', "'", '"', '\\', '#', ' ', '\t', '=', ',', '-'];
    let seed = 12345; // a fixed linear congruential sequence: the same lines every run
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    let compared = 0;
    for (let k = 0; k < 400; k++) {
      let line = 'w ';
      for (let i = next(12); i >= 0; i--) line += alphabet[next(alphabet.length)];
      // a backslash at the very end: dash keeps it, bash drops it (as act does); not compared
      if (/(^|[^\\])(\\\\)*\\$/.test(line)) continue;
      const r = spawnSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
      const ours = lineWords(line);
      if (r.status !== 0) {
        expect(ours, line).toEqual({ error: expect.stringMatching(/^unclosed/) });
        continue;
      }
      expect(ours, line).toEqual({ words: r.stdout.split('\0').slice(0, -1) });
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('splits a long script in one pass: 10^5 continued lines', () => {
    const started = performance.now();
    const [line] = batchLines(`eval relu${' -d \\\n'.repeat(100_000)}\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(line).toEqual({ line: 1, words: ['eval', 'relu', ...Array<string>(100_000).fill('-d')] });
  });
});
