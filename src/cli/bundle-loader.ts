/**
 * Loads act's own CommonJS bundles (dist/*.cjs) with V8's code cache, so that a start reads
 * compiled code instead of parsing and compiling hundreds of kilobytes of JavaScript: about 20 ms
 * of a terminal plot and 50 ms of an image. Node 22 does this with module.enableCompileCache();
 * Node 20 needs vm.Script's cachedData.
 *
 * A cache is valid for one V8 version and set of flags, so it is not shipped: the first run that
 * loads a bundle writes its cache, at exit (so that it holds every function the run compiled),
 * into the user's cache folder (cacheFolder below; ACT_CACHE_DIR overrides it, and `ACT_CACHE_DIR=`
 * set empty turns caching off). The file's name holds the bundle's build id, a hash of its
 * contents, so a rebuilt bundle never takes an old cache, and copies of one build share theirs;
 * the main bundle has one per command, since each command runs different functions of it. A
 * cache V8 rejects (other flags) is written anew. A folder that cannot be written is no error. Either way the cache changes how fast act starts,
 * never what it does.
 *
 * Inside a bundle, `require('./x.cjs')` names another of act's bundles and comes back here; any
 * other name (node built-ins, node-canvas, resvg) goes to Node's require, resolved from the bundle.
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, isAbsolute, join, posix, resolve } from 'node:path';
import { Script } from 'node:vm';

const loaded = new Map<string, unknown>();
/** What Module.wrap puts before the code, on the code's first line. */
const WRAPPER_PREFIX = Module.wrap('').split('\n')[0];
/**
 * The first line of a bundle built as the function the loader runs (scripts/build.mjs): compiled as
 * it is, without a wrapper joined to it, which would make V8 copy the whole source on every start.
 */
export const LOADER_ONLY_PREFIX = '(function (exports, require, module, __filename, __dirname) {';

/**
 * Where code caches go: ACT_CACHE_DIR, else the platform's cache folder; undefined: none. Without a
 * home folder (HOME empty), the platform's folder would be relative, a .cache in whatever folder act
 * runs in: then none.
 */
export function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | undefined {
  if (env.ACT_CACHE_DIR !== undefined) return env.ACT_CACHE_DIR === '' ? undefined : env.ACT_CACHE_DIR;
  const folder =
    platform === 'win32'
      ? join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'act', 'Cache')
      : platform === 'darwin'
        ? join(home, 'Library', 'Caches', 'act')
        : join(env.XDG_CACHE_HOME || join(home, '.cache'), 'act');
  return isAbsolute(folder) ? folder : undefined;
}

/** The folder of this Node's caches (a cache holds for one V8 version) inside the cache folder. */
export const versionedFolder = (folder: string): string => join(folder, `v8-${process.versions.v8}-${process.arch}`);

/** The build id the build appends to each bundle: a hash of its contents (scripts/build.mjs). */
function buildId(source: string): string | undefined {
  return /\/\/# actBuild=(\w+)\s*$/.exec(source.slice(-64))?.[1];
}

/**
 * The cache file of a bundle: named by its build id, so that a cache never meets other code of
 * the same length (which V8 would take: it checks only the length); the name's first part is the
 * bundle's and the command's, for pruning the caches of earlier builds.
 */
function cacheFile(folder: string, file: string, id: string, variant: string): { path: string; prefix: string } {
  const prefix = `${basename(file, '.cjs')}${variant ? `-${variant}` : ''}-`;
  return { path: join(versionedFolder(folder), `${prefix}${id}.cache`), prefix };
}

let home: string | undefined;
export function homeFolder(): string {
  try {
    // os.homedir() is $HOME where it is set, but for Windows: node:os is loaded only where it is needed
    return (home ??= (process.platform !== 'win32' && process.env.HOME) || (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir());
  } catch {
    return (home = '');
  }
}

/** Writes the cache at exit, replacing those of earlier builds of the same bundle; any failure is ignored. */
function writeCacheAtExit(script: Script, path: string, prefix: string): void {
  process.once('exit', () => {
    try {
      const folder = dirname(path);
      mkdirSync(folder, { recursive: true });
      // earlier builds' caches of this bundle and command, and any not named by a build id (an earlier scheme)
      for (const old of readdirSync(folder)) {
        if (old.endsWith('.cache') && (old.startsWith(prefix) || !/-[0-9a-f]{16}\.cache$/.test(old))) rmSync(join(folder, old), { force: true });
      }
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, path);
    } catch {
      // a read-only home, a full disk: act runs as well without a cache
    }
  });
}

/**
 * A bundle's exports, running it on first use, as require() does. `name` is its path in the
 * package (dist/main.cjs): stack traces give that name, the same wherever the package is.
 * `variant` names what the run does with it (the command), when that changes which code runs.
 */
export function requireBundle(file: string, name: string, variant = ''): unknown {
  if (loaded.has(file)) return loaded.get(file);
  const bytes = readFileSync(file);
  // esbuild writes ASCII, which as latin1 is a plain copy, without UTF-8 decoding
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const folder = cacheFolder(process.env, process.platform, homeFolder());
  const id = buildId(source);
  // a bundle without a build id (not built by scripts/build.mjs) gets no cache
  const cache = folder === undefined || id === undefined ? undefined : cacheFile(folder, file, id, variant);
  let cachedData: Buffer | undefined;
  try {
    if (cache) cachedData = readFileSync(cache.path);
  } catch {
    // no cache yet
  }
  const wrapped = source.startsWith(LOADER_ONLY_PREFIX);
  const script = new Script(wrapped ? source : Module.wrap(source), {
    filename: name,
    cachedData,
    // stack traces give columns in the file, not in the wrapped text
    columnOffset: wrapped ? 0 : -WRAPPER_PREFIX.length,
  });
  if (cache && (cachedData === undefined || script.cachedDataRejected === true)) writeCacheAtExit(script, cache.path, cache.prefix);

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
