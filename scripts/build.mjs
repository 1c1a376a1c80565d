// Builds dist/: the CLI (cli.cjs, and the image command with the chunks it loads on demand), the Vega-Lite chart
// templates compiled ahead of time, the library bundle, and the library's type declarations.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const old of ['chunks', 'commands', 'cli.js']) rmSync(`${root}dist/${old}`, { recursive: true, force: true }); // chunk names carry a hash: drop old ones
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: root, logLevel: 'warning', legalComments: 'none' };

// The CLI is two bundles. The commands people run most (eval, list, plot in the terminal, info,
// table, gradient, completion) are one CommonJS file, dist/cli.cjs: CommonJS spares every start
// Node's ES module loader, and one file is one read. The image command (vega, vega-lite: about a
// megabyte) is an ES module bundle of its own, dist/commands/plot-image.js, which the CLI loads
// with import() only when an image is asked for; its own dynamic imports become chunks.
const imageCommand = {
  name: 'image-command-external',
  setup(b) {
    // however the CLI's sources name it, the image command is the separate bundle, beside cli.cjs
    b.onResolve({ filter: /(^|\/)plot-image\.js$/ }, () => ({ path: './commands/plot-image.js', external: true }));
  },
};
await build({
  ...common,
  format: 'cjs',
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  plugins: [imageCommand],
  external: ['canvas', '@resvg/resvg-js'],
});

// The CommonJS dependencies bundled into ESM (the image bundle's d3 and vega helpers) call
// require() for node built-ins.
const banner = { js: "import { createRequire as __actCreateRequire } from 'node:module'; const require = __actCreateRequire(import.meta.url);" };
// Native modules (node-canvas, resvg) cannot be bundled and stay external, loaded from node_modules.
await build({
  ...common,
  entryPoints: { 'commands/plot-image': 'src/cli/commands/plot-image.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  external: ['canvas', '@resvg/resvg-js'],
  // vega-canvas would import node-canvas whenever vega loads; act's stand-in waits until a
  // canvas render asks for it (see src/render/vega-canvas.ts).
  // vega-lite takes four helpers from vega, which would bundle all of vega (src/render/vega-shim.ts).
  alias: { 'vega-canvas': './src/render/vega-canvas.ts', vega: './src/render/vega-shim.ts' },
  banner,
});

// The chart kinds' Vega-Lite templates, compiled now rather than on every run
// (src/render/vega-template.ts): bundle the generator, run it, drop it.
const generator = `${root}dist/.vega-templates.mjs`;
await build({ ...common, entryPoints: ['scripts/vega-templates.ts'], outfile: generator, packages: 'external' });
const { writeTemplates } = await import(`${generator}?${Date.now()}`);
writeTemplates(`${root}dist/vega-templates`);
rmSync(generator);

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });
execFileSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
