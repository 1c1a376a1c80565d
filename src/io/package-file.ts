/** Files shipped with the package (the chart font), found from the running module's location. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The package's root folder: the nearest folder above this module with a package.json. The
 * bundle (dist/) and the sources (src/io/, under the tests) sit at different depths.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the act package folder');
    dir = up;
  }
  return (root = dir);
}

export function packageFile(relative: string): string {
  return join(packageRoot(), relative);
}
