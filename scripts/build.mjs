// Builds dist/: the CLI bundle (cli.js and the chunks it loads on demand), the Vega-Lite chart
// templates compiled ahead of time, the library bundle, and the library's type declarations.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/chunks`, { recursive: true, force: true }); // chunk names carry a hash: drop old ones
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: root, logLevel: 'warning', legalComments: 'none' };

// The CommonJS dependencies bundled into ESM (commander, @stdlib) call require() for node built-ins.
const banner = { js: "import { createRequire as __actCreateRequire } from 'node:module'; const require = __actCreateRequire(import.meta.url);" };
// Code splitting: each command's dynamic import() becomes a chunk of its own (dist/chunks/), so
// that `act eval` never reads the image renderer (vega, vega-lite: bundled into the image chunk).
// Native modules (node-canvas, resvg) cannot be bundled and stay external, loaded from node_modules.
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
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
