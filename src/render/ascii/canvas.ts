/**
 * A grid of character cells, each with an ink (what colour it is printed in). Both layers of a
 * chart draw on canvases: the plot (curves, guides) and the frame around it (axes, labels, title,
 * legend). Writes outside the canvas are dropped, so no line can ever be wider than the canvas.
 */
import { charWidth } from './text.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export class TextCanvas {
  readonly chars: string[];
  readonly inks: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.chars = new Array<string>(width * height).fill(' ');
    this.inks = new Uint8Array(width * height);
  }

  get(x: number, y: number): string {
    return this.inside(x, y) ? this.chars[y * this.width + x] : ' ';
  }

  set(x: number, y: number, char: string, ink = 0): void {
    if (!this.inside(x, y)) return;
    this.chars[y * this.width + x] = char;
    this.inks[y * this.width + x] = ink;
  }

  /**
   * Writes text from (x, y) rightwards, in the columns a terminal gives each character (text.ts):
   * a wide character takes its cell and the next, left empty (''); a combining mark joins the
   * character before it. Control characters (ESC) become '?', a tab a blank. A wide character with one
   * column left is not written (a blank stays), so that no line runs past the canvas.
   */
  write(x: number, y: number, text: string, ink = 0): void {
    let at = x;
    let head = -1; // the cell (index) of the last character written, which a combining mark joins
    for (const char of text) {
      const control = CONTROL.test(char);
      const width = control ? 1 : charWidth(char);
      if (width === 0) {
        if (head >= 0) this.chars[head] += char;
        continue;
      }
      if (width === 2 && at + 1 >= this.width) {
        head = -1; // no room for both halves: the cells stay as they are
      } else {
        head = this.inside(at, y) ? y * this.width + at : -1;
        // a tab, which labels may hold (act allows it where it refuses other controls), is a blank, as an image sets it
        this.set(at, y, char === '\t' ? ' ' : control ? '?' : char, ink);
        // the right half of a character cut off at the left edge shows as a blank
        if (width === 2) this.set(at + 1, y, at >= 0 ? '' : ' ', ink);
      }
      at += width;
    }
  }

  /** Copies another canvas onto this one with its top-left corner at (x, y); blank cells included. */
  blit(source: TextCanvas, x: number, y: number): void {
    if (!Number.isInteger(x) || !Number.isInteger(y)) return;
    // Clipped once, and copied a row at a time by the engine: a chart blits thousands of cells,
    // and a loop over them gets hot enough for V8 to optimise it, which costs memory.
    const fromCol = Math.max(0, -x);
    const count = Math.min(source.width, this.width - x) - fromCol;
    if (count <= 0) return;
    for (let row = Math.max(0, -y); row < Math.min(source.height, this.height - y); row++) {
      const from = row * source.width + fromCol;
      const to = (y + row) * this.width + x + fromCol;
      this.chars.splice(to, count, ...source.chars.slice(from, from + count));
      this.inks.set(source.inks.subarray(from, from + count), to);
    }
  }

  private inside(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.height && Number.isInteger(x) && Number.isInteger(y);
  }
}

/**
 * The canvas as lines of text, trailing blanks dropped. `paint` gives the escape sequence that
 * starts an ink (empty for the default ink); without it no escape codes are written at all.
 */
export function canvasLines(canvas: TextCanvas, paint?: (ink: number) => string, reset = '\x1b[0m'): string[] {
  const lines: string[] = [];
  for (let row = 0; row < canvas.height; row++) {
    const start = row * canvas.width;
    let end = canvas.width;
    while (end > 0 && canvas.chars[start + end - 1] === ' ') end--;
    let line = '';
    let open = '';
    for (let col = 0; col < end; col++) {
      const char = canvas.chars[start + col];
      // A blank keeps the current ink: fewer escape sequences, same look.
      const wanted = paint && char !== ' ' ? paint(canvas.inks[start + col]) : open;
      if (wanted !== open) {
        if (open) line += reset;
        line += wanted;
        open = wanted;
      }
      line += char;
    }
    if (open) line += reset;
    lines.push(line);
  }
  return lines;
}
