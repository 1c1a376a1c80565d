// Builds dist/: the CLI (cli.cjs, main.cjs, and the image, Vega-Lite and PDF bundles), the Vega-Lite
// chart templates compiled ahead of time, the font's glyph outlines, the library bundle, and the
// library's public type declarations. Everything but node-canvas and resvg (native) is bundled, so
// that the package's only dependency is resvg. The CLI's V8 code caches are made on first run,
// not here (src/cli/bundle-loader.ts).
//
// `node scripts/build.mjs --if-stale` (npm test's pretest) builds only if an input changed since the
// last build: a hash of the inputs' contents is kept in node_modules/.cache/act (outside dist/, which
// is packed), and a build with the same hash, whose outputs are all there, is not run again (6 s).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What the build reads: act's sources, the build's scripts, the font, the package and its installed dependencies. */
const INPUT_FOLDERS = ['src', 'scripts', 'assets'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'node_modules/.package-lock.json'];
/** What it writes; a missing one means a build is due whatever the hash says. */
const OUTPUTS = ['dist/cli.cjs', 'dist/main.cjs', 'dist/commands/plot-image.cjs', 'dist/commands/vega-lite.cjs', 'dist/commands/pdf.cjs', 'dist/commands/dtype.cjs', 'dist/html-runtime.js', 'dist/index.cjs', 'dist/index.js', 'dist/vega-core.js', 'dist/types/index.d.ts', 'dist/vega-templates', 'dist/glyphs'];
const stampFile = `${root}node_modules/.cache/act/build-inputs`;

/** A hash of every input's path and contents (contents, not times: a checkout or a stash keeps them honest). */
function inputsHash() {
  const hash = createHash('sha256');
  const add = (file) => {
    hash.update(`${file}\0`);
    hash.update(existsSync(`${root}${file}`) ? readFileSync(`${root}${file}`) : '(none)');
    hash.update('\0');
  };
  for (const folder of INPUT_FOLDERS) {
    const files = readdirSync(`${root}${folder}`, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    files.map((f) => relative(root, join(f.parentPath ?? f.path, f.name)).split(sep).join('/')).sort().forEach(add);
  }
  INPUT_FILES.forEach(add);
  hash.update(process.version);
  return hash.digest('hex');
}

const inputs = inputsHash();
if (process.argv.includes('--if-stale') && OUTPUTS.every((o) => existsSync(`${root}${o}`)) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === inputs) {
  console.log('dist/ is up to date with its inputs: not rebuilt (scripts/build.mjs --if-stale)');
  process.exit(0);
}
// a build that fails half-way must not leave the stamp of the last good one
rmSync(stampFile, { force: true });
for (const old of ['chunks', 'commands', 'glyphs', 'cli.js', 'types', 'cli.cjs.cache', 'main.cjs.cache']) rmSync(`${root}dist/${old}`, { recursive: true, force: true }); // earlier layouts, and old bundles
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: root, logLevel: 'warning', legalComments: 'none' };

// The CLI is minified CommonJS bundles, which spare every start Node's ES module loader:
// - dist/cli.cjs, the entry bin/act requires: only the loader of the others (src/cli/start.ts);
// - dist/main.cjs, the program and every command except image output;
// - dist/commands/plot-image.cjs, image output (vega: about 600 kB), loaded only for an image;
// - dist/commands/vega-lite.cjs, loaded only for a chart with no precompiled template.
// The loader runs them from V8 code caches made on their first run (src/cli/bundle-loader.ts).
const imageCommand = {
  name: 'image-command-external',
  setup(b) {
    // however the CLI's sources name it, the image command is the separate bundle
    b.onResolve({ filter: /(^|\/)plot-image\.js$/ }, () => ({ path: './commands/plot-image.cjs', external: true }));
  },
};
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    // commander requires child_process (and with it net and streams, 2-4 ms) for executable
    // subcommands, which act has none of: it is loaded only if spawn is ever asked for.
    b.onResolve({ filter: /^(node:)?child_process$/ }, (a) => (/node_modules\/commander\//.test(a.importer) ? { path: a.path, namespace: 'lazy-child-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { get spawn() { return require('node:child_process').spawn; } };",
      loader: 'js',
    }));
  },
};
// The --dtype engine (src/dtype/cli-bundle.ts), which the commands import dynamically: a bundle of
// its own, dist/commands/dtype.cjs, so that a run without --dtype reads none of it. `path` is the
// bundle as the importing bundle's folder sees it.
const dtypeBundle = (path) => ({
  name: 'dtype-external',
  setup(b) {
    b.onResolve({ filter: /(^|\/)dtype\/(view|eval-table|precision-facts|precision-text|network)\.js$/ }, (a) => (a.kind === 'dynamic-import' ? { path, external: true } : undefined));
  },
});
const cjs = {
  ...common,
  format: 'cjs',
  minify: true,
  // --debug maps stack traces back to the sources with these (src/cli/debug-stack.ts), which
  // needs the places only, not a copy of every source
  sourcemap: true,
  sourcesContent: false,
  // import() of a bundle becomes require(), which the loader serves from the code cache
  supported: { 'dynamic-import': false },
  // node-canvas and resvg are native: never bundled, loaded from node_modules
  external: ['canvas', '@resvg/resvg-js'],
  // src/io/package-file.ts finds the package from its module's location, made when first asked
  // for (a terminal chart never asks)
  define: { 'import.meta.url': '__actModule.url' },
  banner: { js: "var __actModule = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
};
// The bundles only the loader runs (main.cjs, plot-image.cjs) come as the function it runs, in
// CommonJS's own wrapper: compiled as they are, not inside a wrapper added at run time, whose
// joined copy of a large source (300 and 650 kB) V8 would make on every start (src/cli/bundle-loader.ts).
const LOADER_ONLY_PREFIX = '(function (exports, require, module, __filename, __dirname) {';
const loaderOnly = { banner: { js: `${LOADER_ONLY_PREFIX}\n${cjs.banner.js}` }, footer: { js: '})' } };
await build({ ...cjs, entryPoints: ['src/cli/start.ts'], outfile: 'dist/cli.cjs' });
await build({ ...cjs, ...loaderOnly, entryPoints: ['src/cli/main.ts'], outfile: 'dist/main.cjs', plugins: [imageCommand, lazyChildProcess, dtypeBundle('./commands/dtype.cjs')] });
await build({ ...cjs, entryPoints: ['src/dtype/cli-bundle.ts'], outfile: 'dist/commands/dtype.cjs' });
// Each CLI bundle ends with a build id, a hash of its contents: its V8 code cache is named by it
// (src/cli/bundle-loader.ts), so that a cache is never taken for other code of the same length
// (V8 checks only the length), whatever the files' times (npm's tarballs give all one date).
function stampBuildIds(files) {
  for (const file of files) {
    const path = `${root}${file}`;
    const code = readFileSync(path, 'utf8').replace(/\n\/\/# actBuild=\w+\n$/, '\n');
    writeFileSync(path, `${code}//# actBuild=${createHash('sha256').update(code).digest('hex').slice(0, 16)}\n`);
  }
}

// vega-lite itself (a third of the image command) is needed only for a chart of a kind with no
// precompiled template: a bundle of its own, dist/commands/vega-lite.cjs.
const vegaLiteExternal = {
  name: 'vega-lite-external',
  setup(b) {
    b.onResolve({ filter: /^vega-lite$/ }, (a) => (a.kind === 'dynamic-import' ? { path: './vega-lite.cjs', external: true } : undefined));
  },
};
const vegaAliases = { 'vega-canvas': './src/render/vega-canvas.ts', vega: './src/render/vega-shim.ts' };
// vega-functions parses each expression text of a chart: it gets vega-expression with a memo (src/render/vega-expression-memo.ts)
const vegaExpressionMemo = {
  name: 'vega-expression-memo',
  setup(b) {
    b.onResolve({ filter: /^vega-expression$/ }, (a) => (/[\\/]vega-functions[\\/]/.test(a.importer) ? { path: join(root, 'src/render/vega-expression-memo.ts') } : undefined));
  },
};
// d3-scale-chromatic, from which vega-scale takes only the ten categorical schemes, is one module
// whose top level also builds every other scheme's interpolator (about 60 colour ramps, 1-2 ms at
// each image's start): its top-level values are marked pure, so that the unused ones are dropped
// (vega's own continuous schemes are vega-scale's, not these).
const pureChromaticSchemes = {
  name: 'pure-chromatic-schemes',
  setup(b) {
    b.onLoad({ filter: /[\\/]d3-scale-chromatic[\\/]dist[\\/]d3-scale-chromatic\.mjs$/ }, (a) => ({
      contents: readFileSync(a.path, 'utf8').replace(/^(var [\w$]+ = )(?=[\w$]+\(|new Array)/gm, '$1/* @__PURE__ */ '),
      loader: 'js',
    }));
  },
};
// vega-scale turns each of its ~45 continuous colour schemes into an interpolator when it loads
// (2-7 ms cold, measured over the 58 palettes), though act's charts name none: each becomes a
// getter that makes its interpolator on first use, as vega would have made it. The build fails
// if vega-scale's line changes (a new version is then to be looked at).
const CONTINUOUS_SCHEMES_LINE = 'apply(continuous, _ => interpolateColors(colors(_)));';
const lazyContinuousSchemes = {
  name: 'lazy-continuous-schemes',
  setup(b) {
    b.onLoad({ filter: /[\\/]vega-scale[\\/]build[\\/]vega-scale\.js$/ }, (a) => {
      const source = readFileSync(a.path, 'utf8');
      if (!source.includes(CONTINUOUS_SCHEMES_LINE)) throw new Error(`${a.path}: no "${CONTINUOUS_SCHEMES_LINE}" to make lazy (scripts/build.mjs)`);
      const lazy = `for (const key in continuous) {
  const name = key.toLowerCase();
  const settle = (value) => Object.defineProperty(schemes, name, { value, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(schemes, name, { configurable: true, enumerable: true, get: () => (settle(interpolateColors(colors(continuous[key]))), schemes[name]), set: settle });
}`;
      return { contents: source.replace(CONTINUOUS_SCHEMES_LINE, lazy), loader: 'js' };
    });
  },
};
// every bundle that can reach vega or d3-scale-chromatic takes both (the library's too, whose colours use viridis)
const trimmedColourSchemes = [pureChromaticSchemes, lazyContinuousSchemes];
await build({
  ...cjs,
  stdin: { contents: "export { compile } from 'vega-lite';", resolveDir: root, sourcefile: 'vega-lite-entry.js' },
  outfile: 'dist/commands/vega-lite.cjs',
  alias: vegaAliases,
  plugins: trimmedColourSchemes,
  sourcemap: false,
});
// pdfkit and svg-to-pdfkit (with fontkit: about 1 MB), loaded only for a PDF: dist/commands/pdf.cjs.
const pdfExternal = {
  name: 'pdf-external',
  setup(b) {
    b.onResolve({ filter: /(^|\/)pdf\.js$/ }, (a) => (a.kind === 'dynamic-import' ? { path: './pdf.cjs', external: true } : undefined));
  },
};
// pdfkit's and vega-lite's bundles are all theirs but for a few lines of act: no source maps (2 MB)
await build({ ...cjs, entryPoints: ['src/render/pdf.ts'], outfile: 'dist/commands/pdf.cjs', sourcemap: false });
await build({
  ...cjs,
  ...loaderOnly,
  entryPoints: ['src/cli/commands/plot-image.ts'],
  outfile: 'dist/commands/plot-image.cjs',
  plugins: [vegaLiteExternal, pdfExternal, vegaExpressionMemo, ...trimmedColourSchemes, dtypeBundle('./dtype.cjs')],
  // vega-canvas would import node-canvas whenever vega loads; act's stand-in waits until a
  // canvas render asks for it (see src/render/vega-canvas.ts).
  // vega-lite takes four helpers from vega, which would bundle all of vega (src/render/vega-shim.ts).
  alias: vegaAliases,
  // d3-timer (under vega-view) reads the global performance, whose first use loads Node's
  // perf_hooks (about 4 ms); it falls back to Date, which a still image does not mind.
  define: { ...cjs.define, performance: 'undefined' },
});

// The script of an HTML page (-o x.html): vega's parts that draw and interact, for the browser,
// read and inlined only when a page is written (src/render/html-page.ts).
await build({ ...common, platform: 'browser', format: 'iife', target: 'es2020', minify: true, entryPoints: ['src/html/runtime.ts'], outfile: 'dist/html-runtime.js', plugins: trimmedColourSchemes });

stampBuildIds(['dist/cli.cjs', 'dist/main.cjs', 'dist/commands/vega-lite.cjs', 'dist/commands/pdf.cjs', 'dist/commands/plot-image.cjs', 'dist/commands/dtype.cjs']);

// The chart kinds' Vega-Lite templates, compiled now rather than on every run
// (src/render/vega-template.ts): bundle the generator, run it, drop it.
const generator = `${root}dist/.vega-templates.mjs`;
await build({ ...common, entryPoints: ['scripts/vega-templates.ts'], outfile: generator, packages: 'external' });
const { writeTemplates } = await import(`${generator}?${Date.now()}`);
writeTemplates(`${root}dist/vega-templates`);
rmSync(generator);

// The font's glyph outlines, for SVGs that draw text as paths (src/render/svg-glyphs.ts).
const { writeGlyphBlocks } = await import('./glyph-paths.mjs');
writeGlyphBlocks(`${root}assets/fonts/DejaVuSans.ttf`, `${root}dist/glyphs`);

// The library: CommonJS inside (dist/index.cjs), an ES module facade outside (dist/index.js). In an
// ES module V8 keeps top-level bindings in module cells, which optimized code reloads on every use,
// and a bundle makes every top-level const such a binding (esbuild writes them as var); in a
// CommonJS module they are locals of a function run once, which V8 folds into the code. The kernels
// run 10-35% faster for it (exp 5.7 to 5.0 ns a point, gelu 29 to 19).
// Everything the library uses is bundled, but for node-canvas and resvg (native). vega's packages
// are ES modules, one with a top-level await (vega-canvas, replaced by act's stand-in), which
// require() cannot load: the library's vega parts (src/render/vega-core.ts) are an ES module of
// their own, dist/vega-core.js, imported on the first image (which also keeps vega out of the
// library's load); vega-lite and pdfkit are the CLI's bundles, imported when needed.
const libraryLazyBundles = {
  name: 'library-lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /(^|\/)vega-core\.js$/ }, () => ({ path: './vega-core.js', external: true }));
    b.onResolve({ filter: /^vega-lite$/ }, (a) => (a.kind === 'dynamic-import' ? { path: './commands/vega-lite.cjs', external: true } : undefined));
    b.onResolve({ filter: /(^|\/)pdf\.js$/ }, (a) => (a.kind === 'dynamic-import' ? { path: './commands/pdf.cjs', external: true } : undefined));
  },
};
const native = ['canvas', '@resvg/resvg-js'];
await build({ ...common, format: 'cjs', entryPoints: ['src/index.ts'], outfile: 'dist/index.cjs', external: native, define: cjs.define, banner: cjs.banner, plugins: [libraryLazyBundles, ...trimmedColourSchemes] });
await build({ ...common, entryPoints: ['src/render/vega-core.ts'], outfile: 'dist/vega-core.js', external: native, alias: vegaAliases, minify: true, plugins: [vegaExpressionMemo, ...trimmedColourSchemes] });
writeFileSync(`${root}dist/index.js`, "// act's library: the CommonJS bundle beside this file (see scripts/build.mjs for why).\nexport * from './index.cjs';\n");
execFileSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
publicTypesWithoutVega(`${root}dist/types`);
mkdirSync(dirname(stampFile), { recursive: true });
writeFileSync(stampFile, inputs);

/**
 * The declarations name types of vega and vega-lite, which the package bundles and so does not
 * depend on: a project type-checking them (skipLibCheck false) would not find those modules.
 * Their few types become stand-ins in dist/types/vega-types.d.ts: a spec is JSON.
 */
function publicTypesWithoutVega(folder) {
  writeFileSync(
    join(folder, 'vega-types.d.ts'),
    `/** Stand-ins for the types of vega and vega-lite, which act bundles rather than depends on: a spec is JSON (scripts/build.mjs). */
export type TopLevelSpec = { [key: string]: unknown };
export type Spec = { [key: string]: unknown };
export declare class View {
  constructor(runtime: unknown, options?: unknown);
}
export declare function parse(spec: Spec, config?: unknown): unknown;
`,
  );
  for (const file of readdirSync(folder, { recursive: true })) {
    if (!String(file).endsWith('.d.ts')) continue;
    const path = join(folder, String(file));
    const text = readFileSync(path, 'utf8');
    let stand = relative(dirname(path), join(folder, 'vega-types.js')).split(sep).join('/');
    if (!stand.startsWith('.')) stand = `./${stand}`;
    const replaced = text.replace(/ from '(vega|vega-lite)';/g, ` from '${stand}';`);
    if (replaced !== text) writeFileSync(path, replaced);
  }
}
