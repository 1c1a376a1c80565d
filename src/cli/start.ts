/**
 * The CLI's entry (dist/cli.cjs, which bin/act requires): loads the commands' bundle through the
 * code cache. Kept apart from it so that the bundle itself can be loaded from the cache.
 */
import { join } from 'node:path';
import { requireBundle } from './bundle-loader.js';

/** The commands that get a code cache of their own, as each runs different code (anything else shares one). */
const COMMANDS = new Set(['eval', 'plot', 'info', 'list', 'table', 'gradient', 'completion', 'doctor', 'batch']);
const command = process.argv[2] ?? '';

requireBundle(join(__dirname, 'main.cjs'), 'dist/main.cjs', COMMANDS.has(command) ? command : 'other');
