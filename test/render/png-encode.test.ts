import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng, filteredRgbRows } from '../../src/render/png-encode.js';

const decode = (png: Buffer) => PNG.sync.read(png);

/** PNG's filter "up" on RGB rows, byte by byte as the specification states it: the reference. */
function plainUpFilter(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    out[y * stride] = 2;
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        const above = y === 0 ? 0 : rgba[((y - 1) * width + x) * 4 + c];
        out[y * stride + 1 + x * 3 + c] = (rgba[(y * width + x) * 4 + c] - above + 256) % 256;
      }
    }
  }
  return out;
}

describe('encodeOpaquePng', () => {
  it('decodes to the same pixels, every byte value and row included', () => {
    const width = 37;
    const height = 23;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < rgba.length; i++) rgba[i] = i % 4 === 3 ? 255 : (i * 7919 + (i >> 5) * 31) & 0xff;
    const png = decode(encodeOpaquePng(rgba, width, height));
    expect([png.width, png.height]).toEqual([width, height]);
    expect(Buffer.from(png.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('filters as the plain filter does: repeated rows, pixels that differ in alpha alone, and pixels at any byte offset', () => {
    const width = 19;
    const height = 11;
    const rgba = new Uint8Array(width * height * 4).fill(255);
    for (let x = 0; x < width; x++) rgba.set([x * 13, 255 - x, x * x, 255], (4 * width + x) * 4); // a row unlike the rows around it
    rgba.set([9, 8, 7, 255], (7 * width + 3) * 4); // one pixel
    rgba[(8 * width + 5) * 4 + 3] = 0; // alpha alone differs from the pixel above
    const reference = plainUpFilter(rgba, width, height);
    expect(filteredRgbRows(rgba, width, height).equals(reference)).toBe(true);
    const unaligned = new Uint8Array(rgba.length + 1).subarray(1);
    unaligned.set(rgba);
    expect(filteredRgbRows(unaligned, width, height).equals(reference)).toBe(true);
  });

  it("gives a resvg chart pixel for pixel as resvg's own encoder does", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="white"/><path d="M0 70 L60 10 L120 40" stroke="#1f77b4" stroke-width="2" fill="none"/><line x1="0" x2="120" y1="40" y2="40" stroke="green" stroke-dasharray="7 4"/></svg>`;
    const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 } }).render();
    const ours = decode(encodeOpaquePng(image.pixels, image.width, image.height));
    const theirs = decode(image.asPng());
    expect([ours.width, ours.height]).toEqual([240, 160]);
    expect(Buffer.from(ours.data).equals(Buffer.from(theirs.data))).toBe(true);
  });
});

