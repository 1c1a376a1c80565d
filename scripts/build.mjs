// Builds dist/: the CLI as one bundled file (one file to read at start-up), the library bundle,
// and the library's type declarations.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: root, logLevel: 'warning', legalComments: 'none' };

// The CommonJS dependencies bundled into ESM (commander, @stdlib) call require() for node built-ins.
const banner = { js: "import { createRequire as __actCreateRequire } from 'node:module'; const require = __actCreateRequire(import.meta.url);" };
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });
execFileSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
