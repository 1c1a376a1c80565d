import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../src/render/png-encode.js';

const decode = (png: Buffer) => PNG.sync.read(png);

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

  it("gives a resvg chart pixel for pixel as resvg's own encoder does", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="white"/><path d="M0 70 L60 10 L120 40" stroke="#1f77b4" stroke-width="2" fill="none"/><line x1="0" x2="120" y1="40" y2="40" stroke="green" stroke-dasharray="7 4"/></svg>`;
    const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 } }).render();
    const ours = decode(encodeOpaquePng(image.pixels, image.width, image.height));
    const theirs = decode(image.asPng());
    expect([ours.width, ours.height]).toEqual([240, 160]);
    expect(Buffer.from(ours.data).equals(Buffer.from(theirs.data))).toBe(true);
  });
});

