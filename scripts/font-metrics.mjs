// Writes src/render/font-metrics.json: the advance widths (and pair kerning for Latin text) of the
// pinned font, so that chart layout measures text exactly without parsing the font at run time
// (parsing DejaVu Sans with opentype.js costs about 100 ms). Run after changing the font:
//   node scripts/font-metrics.mjs
// test/render/font-metrics.test.ts checks that the committed table matches the font.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The table for a TrueType font: pure, so the test can rebuild it and compare. */
export function fontMetrics(bytes) {
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const map = font.tables.cmap.glyphIndexMap;
  const codes = Object.keys(map).map(Number).sort((a, b) => a - b);
  // Runs of consecutive code points: [first, [advance, advance, ...]].
  const runs = [];
  for (const code of codes) {
    const advance = font.glyphs.get(map[code]).advanceWidth;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1].length === code) last[1].push(advance);
    else runs.push([code, [advance]]);
  }
  // GPOS pair kerning among printable ASCII and Latin-1, the text of titles and labels.
  const lookups = font.position.getKerningTables('latn');
  const latin = [];
  for (let c = 0x20; c <= 0xff; c++) if ((c < 0x7f || c >= 0xa0) && map[c] !== undefined) latin.push(c);
  const kerning = {};
  for (const a of latin) {
    for (const b of latin) {
      const k = font.position.getKerningValue(lookups, map[a], map[b]);
      if (k) kerning[String.fromCodePoint(a, b)] = k;
    }
  }
  return {
    family: font.names.windows.fontFamily.en,
    version: font.names.windows.version.en,
    unitsPerEm: font.unitsPerEm,
    missing: font.glyphs.get(0).advanceWidth,
    advances: runs,
    kerning,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const metrics = fontMetrics(readFileSync(`${root}assets/fonts/DejaVuSans.ttf`));
  writeFileSync(`${root}src/render/font-metrics.json`, `${JSON.stringify(metrics)}\n`);
  console.log(`${metrics.family} ${metrics.version}: ${metrics.advances.length} runs, ${Object.keys(metrics.kerning).length} kerning pairs`);
}
