// Builds dist/: the CLI as one bundled file (one file to read at start-up), the library bundle,
// and the library's type declarations.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: root, logLevel: 'warning', legalComments: 'none' };

// The CLI is CommonJS, started by bin/act (CommonJS too, see bin/package.json): Node's ES module
// loader costs about 13 ms of start-up on its own, a fifth of `act eval relu -n 1`, which a CommonJS
// entry point does not pay. Code that needs import.meta.url gets the bundle's own URL.
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  define: { 'import.meta.url': '__actImportMetaUrl' },
  banner: { js: "const __actImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });
execFileSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
