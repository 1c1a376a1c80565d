/**
 * The CLI's entry (dist/cli.cjs, which bin/act requires): loads the commands' bundle through the
 * code cache. Kept apart from it so that the bundle itself can be loaded from the cache.
 */
import { join } from 'node:path';
import { requireBundle } from './bundle-loader.js';

requireBundle(join(__dirname, 'main.cjs'), 'dist/main.cjs');
