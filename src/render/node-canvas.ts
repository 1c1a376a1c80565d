/**
 * node-canvas (the package `canvas`), loaded if it is installed. It is an optional dependency,
 * and so are its type declarations: the parts act uses are typed here, and its name is kept in a
 * variable so that neither tsc nor esbuild looks for the package at build time.
 */

export interface CanvasContext {
  font: string;
  measureText(text: string): { width: number };
}

export interface NodeCanvasCanvas {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d', attributes?: { pixelFormat?: 'RGBA32' | 'RGB24' }): CanvasContext;
  toBuffer(mime: 'image/png', config?: { compressionLevel?: number; filters?: number }): Uint8Array;
  toBuffer(mime: 'application/pdf'): Uint8Array;
}

export interface NodeCanvas {
  readonly version?: string;
  readonly cairoVersion?: string;
  registerFont(path: string, face: { family: string }): void;
  createCanvas(width: number, height: number): NodeCanvasCanvas;
  Canvas: { new (width: number, height: number, type?: 'image' | 'pdf' | 'svg'): NodeCanvasCanvas; readonly PNG_FILTER_UP: number };
  Image: unknown;
}

export const NODE_CANVAS_PACKAGE = 'canvas';

/**
 * node-canvas, or null when it is not installed or its native part does not load (or, with
 * `rethrow`, the error that says why).
 */
export async function importNodeCanvas(rethrow = false): Promise<NodeCanvas | null> {
  try {
    const m = (await import(NODE_CANVAS_PACKAGE)) as { default?: NodeCanvas } & NodeCanvas;
    const c = m.default ?? m;
    if (typeof c.createCanvas === 'function') return c;
    throw new Error('the package canvas has no createCanvas');
  } catch (e) {
    if (rethrow) throw e;
    return null;
  }
}
