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
