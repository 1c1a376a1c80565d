/**
 * An opaque chart's RGBA pixels as a PNG: RGB (the chart has no transparency to store), every row
 * filtered "up" (a chart's rows mostly repeat the row above: white, grid lines, vertical strokes)
 * and deflated at zlib level 3, the choices of the node-canvas path (see image.ts). resvg's own
 * encoder takes about 26 ms for a 1280x960 chart where this takes about 11 (3.6 and 1.8 ms at
 * 640x480), for a file of about the same size.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const FILTER_UP = 2;

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Rows of RGB bytes, each after its filter byte, filtered up: each byte less the one above (mod 256). */
export function filteredRgbRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const out = Buffer.alloc(stride * height);
  const row = new Uint8Array(width * 3);
  const above = new Uint8Array(width * 3); // the row above the first is zeros
  for (let y = 0; y < height; y++) {
    for (let x = 0, s = y * width * 4, d = 0; x < width; x++, s += 4, d += 3) {
      row[d] = rgba[s];
      row[d + 1] = rgba[s + 1];
      row[d + 2] = rgba[s + 2];
    }
    const at = y * stride;
    out[at] = FILTER_UP;
    for (let i = 0; i < row.length; i++) out[at + 1 + i] = (row[i] - above[i]) & 0xff;
    above.set(row);
  }
  return out;
}

/** The PNG file of an opaque RGBA image (alpha is dropped). */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  // compression, filter method and interlace: 0 (the only ones PNG defines, no interlace)
  const data = deflateSync(filteredRgbRows(rgba, width, height), { level: 3 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}
