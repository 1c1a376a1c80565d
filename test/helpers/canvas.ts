/** Whether node-canvas is installed here; tests that need it are skipped, with this reason, when not. */
import { importNodeCanvas } from '../../src/render/node-canvas.js';

export const canvasModule = await importNodeCanvas();
export const hasCanvas = canvasModule !== null;
export const NO_CANVAS = 'skipped: node-canvas is not installed (optional; needs cairo and pango, see README)';
/** A test name that says why it is skipped when it is. */
export const needsCanvas = (name: string): string => (hasCanvas ? name : `${name} [${NO_CANVAS}]`);
if (!hasCanvas) console.warn(`act tests: ${NO_CANVAS}`);
