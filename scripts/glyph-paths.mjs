// Writes the outlines of the chart font's glyphs, for SVGs that draw their text as paths
// (src/render/svg-glyphs.ts): one gzipped JSON file per block of 256 code points (and common.json,
// the code points of most charts), so that a chart reads
// only the blocks its text uses (ASCII, and U+2212 for the minus sign, in most charts) instead
// of parsing the font (opentype.js: about 130 ms). Run by scripts/build.mjs into dist/glyphs/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import opentype from 'opentype.js';

/** A glyph's outline as SVG path data in font units, y up; '' for a blank glyph (space). */
export function outline(glyph) {
  // whole font units: 1/2048 em, 0.007 px at 14 px
  const n = (v) => String(Math.round(v));
  let d = '';
  for (const c of glyph.path.commands) {
    if (c.type === 'M' || c.type === 'L') d += `${c.type}${n(c.x)} ${n(c.y)}`;
    else if (c.type === 'Q') d += `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
    else if (c.type === 'C') d += `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
    else if (c.type === 'Z') d += 'Z';
  }
  return d.replace(/ -/g, '-');
}

/** Block number (code point >> 8) -> { code point: path data }, for every mapped code point. */
export function glyphBlocks(fontBytes) {
  const font = opentype.parse(fontBytes.buffer.slice(fontBytes.byteOffset, fontBytes.byteOffset + fontBytes.byteLength));
  const blocks = new Map();
  for (const [code, index] of Object.entries(font.tables.cmap.glyphIndexMap)) {
    const block = Number(code) >> 8;
    if (!blocks.has(block)) blocks.set(block, {});
    blocks.get(block)[code] = outline(font.glyphs.get(index));
  }
  return { unitsPerEm: font.unitsPerEm, blocks };
}

/** The code points of most charts' text, in one small file read first: printable ASCII and the minus sign U+2212. */
export const COMMON_CODE_POINTS = [...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i), 0x2212];

export function writeGlyphBlocks(fontFile, folder) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const { unitsPerEm, blocks } = glyphBlocks(readFileSync(fontFile));
  // not gzipped (24 kB): a chart of ASCII text and minus signs reads it alone, without the two
  // blocks (146 kB of JSON) or node:zlib, which loads Node's streams (about 3 ms of an SVG)
  const common = Object.fromEntries(COMMON_CODE_POINTS.filter((c) => blocks.get(c >> 8)?.[c] !== undefined).map((c) => [c, blocks.get(c >> 8)[c]]));
  writeFileSync(join(folder, 'common.json'), JSON.stringify({ unitsPerEm, glyphs: common }));
  // gzipped: 2.5 MB of JSON in all becomes 0.6 MB; unzipping a block takes 0.3 ms
  for (const [block, glyphs] of blocks) {
    writeFileSync(join(folder, `${block.toString(16).padStart(2, '0')}.json.gz`), gzipSync(JSON.stringify({ unitsPerEm, glyphs }), { level: 9 }));
  }
}
