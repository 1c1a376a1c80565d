/**
 * `--debug` prints a stack trace. act's bundles are minified and named by their place in the
 * package (dist/main.cjs, see bundle-loader.ts), so their frames are mapped back to the sources,
 * also by their place in the package (src/spec/parse.ts:47:28), through the source maps the build
 * writes beside the bundles (FILE.cjs.map).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, posix } from 'node:path';
import { packageRoot } from '../io/package-file.js';

const FRAME = /(\(|at )(dist\/[^()\s]+\.cjs):(\d+):(\d+)(\)?)$/;

/** The stack with each frame in a bundle that has a source map rewritten to its source's place. */
export function readableStack(stack: string): string {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (bundle: string): SourceMap | null => {
    if (!maps.has(bundle)) {
      const file = join(packageRoot(), `${bundle}.map`);
      maps.set(bundle, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
    }
    return maps.get(bundle) ?? null;
  };
  return stack
    .split('\n')
    .map((line) => {
      const m = FRAME.exec(line);
      const map = m && mapOf(m[2]);
      if (!m || !map) return line;
      const entry = map.findEntry(Number(m[3]) - 1, Number(m[4]) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
      if (entry.originalSource === undefined || entry.originalLine === undefined) return line;
      const source = posix.join(posix.dirname(m[2]), entry.originalSource);
      return `${line.slice(0, m.index)}${m[1]}${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}${m[5]}`;
    })
    .join('\n');
}
