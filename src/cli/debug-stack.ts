/**
 * `--debug` prints a stack trace; act's bundles are minified, so their frames are mapped back to
 * the TypeScript sources through the source maps the build writes beside them (FILE.cjs.map).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';

const FRAME = /(\(|at )([^()\s]+\.cjs):(\d+):(\d+)(\)?)$/;

/** The stack with each frame in a bundle that has a source map rewritten to its source's place. */
export function readableStack(stack: string): string {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (file: string): SourceMap | null => {
    if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null);
    return maps.get(file) ?? null;
  };
  return stack
    .split('\n')
    .map((line) => {
      const m = FRAME.exec(line);
      const map = m && mapOf(m[2]);
      if (!m || !map) return line;
      const entry = map.findEntry(Number(m[3]) - 1, Number(m[4]) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
      if (entry.originalSource === undefined || entry.originalLine === undefined) return line;
      const source = resolve(dirname(m[2]), entry.originalSource);
      const place = `${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
      return line.slice(0, m.index) + m[1] + place + m[5];
    })
    .join('\n');
}
