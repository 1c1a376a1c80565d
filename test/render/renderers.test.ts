import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadResvg } from '../../src/render/renderers.js';

describe('loadResvg', () => {
  it("draws as @resvg/resvg-js's own entry does, with the options given (zoom, font)", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="90" height="40"><rect width="90" height="40" fill="white"/><text x="4" y="28" font-family="DejaVu Sans" font-size="20">gelu</text></svg>`;
    const options: ResvgRenderOptions = { fitTo: { mode: 'zoom', value: 2 }, font: { fontFiles: ['assets/fonts/DejaVuSans.ttf'], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } };
    const loaded = await loadResvg();
    expect(loaded.error).toBeUndefined();
    const ours = new loaded.module!.Resvg(svg, options).render();
    const theirs = new Resvg(svg, options).render();
    expect([ours.width, ours.height]).toEqual([180, 80]);
    expect(Buffer.from(ours.pixels).equals(Buffer.from(theirs.pixels))).toBe(true);
    // the text was drawn: some pixels are dark
    expect(Buffer.from(ours.pixels).some((v, i) => i % 4 !== 3 && v < 100)).toBe(true);
  });
});
