import { describe, expect, it } from 'vitest';
import { checkedImageTarget, checkImageSize, formatOfPath, imageTarget } from '../../src/cli/image-target.js';
import { checkSampleCount, MAX_SAMPLES } from '../../src/cli/image-target.js';
import { UsageError } from '../../src/core/errors.js';

describe('image target', () => {
  it('takes the format from the extension, in any case; .vl.json is JSON', () => {
    expect(formatOfPath('a/b.SVG')).toBe('svg');
    expect(formatOfPath('fig.png')).toBe('png');
    expect(formatOfPath('fig.pdf')).toBe('pdf');
    expect(formatOfPath('fig.vl.json')).toBe('json');
    expect(formatOfPath('fig.jpg')).toBeUndefined();
    expect(formatOfPath('png')).toBeUndefined();
  });

  it('lets --format win, and sends - (or no -o) to stdout', () => {
    expect(imageTarget('fig.txt', 'svg')).toEqual({ path: 'fig.txt', format: 'svg' });
    expect(imageTarget(undefined, 'png')).toEqual({ path: '-', format: 'png' });
    expect(imageTarget('-', 'json')).toEqual({ path: '-', format: 'json' });
  });

  it('refuses what it cannot tell', () => {
    expect(() => imageTarget('fig.jpg', undefined)).toThrow(/cannot tell the image format of "fig.jpg"/);
    expect(() => imageTarget('-', undefined)).toThrow(/needs --format/);
    expect(() => imageTarget('', undefined)).toThrow(/needs a file name/);
  });

  it('checks sizes', () => {
    expect(() => checkImageSize(640, 480, 2, 'png')).not.toThrow();
    expect(() => checkImageSize(199, 480, 2, 'png')).toThrow(/--width of an image must be from 200 to 16384 pixels, got 199/);
    expect(() => checkImageSize(200, 149, 2, 'png')).toThrow(/--height of an image must be from 150/);
    expect(() => checkImageSize(200, 150, 2, 'png')).not.toThrow();
    expect(() => checkImageSize(640, 20000, 1, 'svg')).toThrow(/--height/);
    expect(() => checkImageSize(4000, 480, 5, 'png')).toThrow(/--scale 5 makes a PNG wider than 16384/);
    expect(() => checkImageSize(4000, 480, 5, 'svg')).not.toThrow();
  });
});

describe('checkedImageTarget', () => {
  it('refuses PNG and PDF bound for a terminal, and lets SVG, JSON and files through', () => {
    expect(() => checkedImageTarget('-', 'png', () => true)).toThrow('not writing PNG to a terminal: redirect stdout (> file) or use -o FILE');
    expect(() => checkedImageTarget(undefined, 'pdf', () => true)).toThrow('not writing PDF to a terminal');
    expect(checkedImageTarget('-', 'svg', () => true)).toEqual({ path: '-', format: 'svg' });
    expect(checkedImageTarget('-', 'png', () => false)).toEqual({ path: '-', format: 'png' });
    expect(checkedImageTarget('a.png', undefined, () => true)).toEqual({ path: 'a.png', format: 'png' });
  });

  it('asks whether stdout is a terminal only for stdout, so that writing a file never creates the stream', () => {
    const asked = (): boolean => {
      throw new Error('asked');
    };
    expect(checkedImageTarget('a.png', undefined, asked)).toEqual({ path: 'a.png', format: 'png' });
    expect(() => checkedImageTarget('-', 'png', asked)).toThrow('asked');
  });
});

describe('sample count bound', () => {
  it('takes up to MAX_SAMPLES samples per format, and refuses more naming the product', () => {
    expect(() => checkSampleCount(1, 1, MAX_SAMPLES.json, 'json')).not.toThrow();
    expect(() => checkSampleCount(5, 2, MAX_SAMPLES.json / 10, 'json')).not.toThrow();
    expect(() => checkSampleCount(1, 1, MAX_SAMPLES.json + 1, 'json')).toThrow(UsageError);
    expect(() => checkSampleCount(20, 2, 1_000_000, 'json')).toThrow("20 functions × 2 (f and f') × 1000000 points = 40000000 samples: a Vega-Lite spec takes at most 500000 (lower -n)");
    // an HTML page holds its Vega-Lite spec's rows, so it has the spec's bound (README: limited as a Vega-Lite spec's)
    expect(() => checkSampleCount(1, 1, MAX_SAMPLES.json, 'html')).not.toThrow();
    expect(() => checkSampleCount(1, 1, 600_000, 'html')).toThrow('1 function × 600000 points = 600000 samples: an HTML page takes at most 500000 (lower -n)');
    expect(() => checkSampleCount(19, 1, 30_000, 'html')).toThrow('19 functions × 30000 points = 570000 samples: an HTML page takes at most 500000 (lower -n)');
    for (const format of ['svg', 'png', 'pdf'] as const) {
      expect(() => checkSampleCount(4, 1, 1_000_000, format)).not.toThrow();
      expect(() => checkSampleCount(3, 2, 1_000_000, format)).toThrow('3 functions × 2 (f and f\') × 1000000 points = 6000000 samples: an image takes at most 4000000 (lower -n)');
    }
  });
});
