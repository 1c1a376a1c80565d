/**
 * Loads act's own CommonJS bundles (dist/*.cjs) with V8's code cache, so that a start reads
 * compiled code instead of parsing and compiling hundreds of kilobytes of JavaScript: about 12 ms
 * of a terminal plot and 45 ms of an image. Node 22 does this with module.enableCompileCache();
 * Node 20 needs vm.Script's cachedData.
 *
 * The caches (FILE.cjs.cache) are written at build time (scripts/build.mjs runs typical commands
 * with ACT_WRITE_CODE_CACHE=1). A cache older than its bundle is not used, and one that V8 rejects
 * (another Node or V8 version, other V8 flags) is ignored by V8 itself: the bundle then compiles
 * as any script does. Either way the cache changes how fast act starts, never what it does.
 *
 * Inside a bundle, `require('./x.cjs')` names another of act's bundles and comes back here; any
 * other name (node built-ins, node-canvas, resvg) goes to Node's require, resolved from the bundle.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, posix, resolve } from 'node:path';
import { Script } from 'node:vm';

const CACHE_SUFFIX = '.cache';
const writeCaches = process.env.ACT_WRITE_CODE_CACHE === '1';
const loaded = new Map<string, unknown>();
/** What Module.wrap puts before the code, on the code's first line. */
const WRAPPER_PREFIX = Module.wrap('').split('\n')[0];

/** The cache of a bundle, if there is one written after the bundle. */
function cacheFor(file: string): Buffer | undefined {
  const cache = `${file}${CACHE_SUFFIX}`;
  const stats = statSync(cache, { throwIfNoEntry: false });
  if (!stats || stats.mtimeMs < statSync(file).mtimeMs) return undefined;
  return readFileSync(cache);
}

/**
 * A bundle's exports, running it on first use, as require() does. `name` is its path in the
 * package (dist/main.cjs): stack traces give that name, the same wherever the package is (a code
 * cache keeps the name the bundle had when the cache was made, at build time).
 */
export function requireBundle(file: string, name: string): unknown {
  if (loaded.has(file)) return loaded.get(file);
  const bytes = readFileSync(file);
  // esbuild writes ASCII, which as latin1 is a plain copy, without UTF-8 decoding
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new Script(Module.wrap(source), {
    filename: name,
    cachedData: cacheFor(file),
    // stack traces give columns in the file, not in the wrapped text
    columnOffset: -WRAPPER_PREFIX.length,
  });
  // Written at exit, so that the cache holds every function the run compiled, not just the top level.
  if (writeCaches) process.once('exit', () => writeFileSync(`${file}${CACHE_SUFFIX}`, script.createCachedData()));

  const module = new Module(file);
  module.filename = file;
  const nodeRequire = createRequire(file);
  const bundleRequire = Object.assign((id: string) => (id.startsWith('.') && id.endsWith('.cjs') ? requireBundle(resolve(dirname(file), id), posix.join(posix.dirname(name), id)) : nodeRequire(id)), {
    resolve: nodeRequire.resolve,
    cache: nodeRequire.cache,
  });
  loaded.set(file, module.exports);
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, bundleRequire, module, file, dirname(file));
  module.loaded = true;
  loaded.set(file, module.exports); // again: esbuild's bundles replace module.exports
  return module.exports;
}
