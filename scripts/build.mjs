// Builds dist/: the CLI as one bundled file (one file to read at start-up), the library bundle,
// and the library's type declarations.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: root, logLevel: 'warning', legalComments: 'none' };

// The CLI is CommonJS, started by bin/act (CommonJS too, see bin/package.json): Node's ES module
// loader costs about 5 ms of every start-up (of some 75 for `act eval relu -n 1`), which a
// CommonJS entry point does not pay (bench/README.md). Code that needs import.meta.url (or .dirname, .filename) gets the
// bundle's own. A top-level await in the CLI's modules fails this build: await inside functions.
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  define: { 'import.meta.url': '__actImportMetaUrl', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
  banner: { js: "const __actImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });
execFileSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
