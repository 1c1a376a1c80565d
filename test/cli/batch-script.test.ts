import { describe, expect, it } from 'vitest';
import { batchLines, lineWords } from '../../src/cli/batch-script.js';

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
