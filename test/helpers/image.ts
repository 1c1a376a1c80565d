/** Reading the images act writes: PNG pixels, the plot frame's place in an SVG, colour distance. */
import { PNG } from 'pngjs';

export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export function readPng(bytes: Buffer): Pixels {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

export type Rgb = readonly [number, number, number];

export function hexColor(hex: string): Rgb {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function pixel(p: Pixels, x: number, y: number): Rgb {
  const i = 4 * (Math.round(y) * p.width + Math.round(x));
  return [p.data[i], p.data[i + 1], p.data[i + 2]];
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** Whether a pixel of (nearly) this colour lies within `radius` pixels of (x, y). */
export function colorNear(p: Pixels, x: number, y: number, color: Rgb, radius = 3, tolerance = 40): boolean {
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      if (distance(pixel(p, x + dx, y + dy), color) <= tolerance) return true;
    }
  }
  return false;
}

/** How many pixels of the image are (nearly) this colour. */
export function colorCount(p: Pixels, color: Rgb, tolerance = 40): number {
  let n = 0;
  for (let i = 0; i < p.data.length; i += 4) {
    if (distance([p.data[i], p.data[i + 1], p.data[i + 2]], color) <= tolerance) n++;
  }
  return n;
}

/** The plot area (inside the frame) in CSS pixels, read from vega's SVG. */
export function plotFrame(svg: string): { left: number; top: number; width: number; height: number } {
  const origin = /transform="translate\(([\d.]+),([\d.]+)\)"><g class="mark-group role-frame root"/.exec(svg);
  const frame = /class="background"[^>]*d="M0\.5,0\.5h([\d.]+)v([\d.]+)h/.exec(svg);
  if (!origin || !frame) throw new Error('no plot frame in the SVG');
  return { left: +origin[1], top: +origin[2], width: +frame[1], height: +frame[2] };
}

/**
 * How two pictures of the same size differ, forgiving anti-aliasing: each pixel of `a` is matched
 * with the closest colour among `b`'s pixels within `radius` (a 1-pixel shift of an edge, which two
 * rasterisers may place differently, costs nothing). Returns the share of pixels whose closest
 * match is still farther than `tolerance` (RGB distance, 0-441) and the mean distance.
 */
export function pictureDifference(a: Pixels, b: Pixels, radius = 1, tolerance = 80): { share: number; mean: number } {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}x${a.height} and ${b.width}x${b.height}`);
  let far = 0;
  let sum = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = 4 * (y * a.width + x);
      let best = Infinity;
      for (let dy = -radius; dy <= radius && best > 0; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= b.height) continue;
        for (let dx = -radius; dx <= radius; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= b.width) continue;
          const j = 4 * (yy * b.width + xx);
          const d = Math.hypot(a.data[i] - b.data[j], a.data[i + 1] - b.data[j + 1], a.data[i + 2] - b.data[j + 2]);
          if (d < best) best = d;
        }
      }
      sum += best;
      if (best > tolerance) far++;
    }
  }
  const n = a.width * a.height;
  return { share: far / n, mean: sum / n };
}
