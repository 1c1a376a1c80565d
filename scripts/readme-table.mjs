// npm run readme:table: rewrites the generated blocks of README.md (the catalog table from
// `act table --format md`, and the example outputs) from the built bin/act.
import { readFileSync, writeFileSync } from 'node:fs';
import { regenerate } from './readme.mjs';

const file = new URL('../README.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = regenerate(before);
if (after !== before) writeFileSync(file, after);
process.stdout.write(after === before ? 'README.md is up to date\n' : 'README.md updated\n');
