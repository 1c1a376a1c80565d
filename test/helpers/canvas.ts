/** Whether node-canvas is installed here; tests that need it are skipped, with this reason, when not. */
export const canvasModule: typeof import('canvas') | null = await import('canvas').then(
  (m) => ((m as { default?: typeof import('canvas') }).default ?? m) as typeof import('canvas'),
  () => null,
);
export const hasCanvas = canvasModule !== null;
export const NO_CANVAS = 'skipped: node-canvas is not installed (optional; needs cairo and pango, see README)';
/** A test name that says why it is skipped when it is. */
export const needsCanvas = (name: string): string => (hasCanvas ? name : `${name} [${NO_CANVAS}]`);
if (!hasCanvas) console.warn(`act tests: ${NO_CANVAS}`);
