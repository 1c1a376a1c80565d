/**
 * The CLI's entry (dist/cli.cjs, which bin/act requires): loads the commands' bundle through the
 * code cache. Kept apart from it so that the bundle itself can be loaded from the cache.
 */
import { join } from 'node:path';
import { requireBundle } from './bundle-loader.js';
import { COMMAND_NAMES } from './command-names.js';

// each command gets a code cache of its own, as each runs different code (anything else shares one)
const command = process.argv[2] ?? '';

requireBundle(join(__dirname, 'main.cjs'), 'dist/main.cjs', COMMAND_NAMES.includes(command) ? command : 'other');
