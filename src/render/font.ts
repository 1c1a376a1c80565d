/**
 * The one font of every chart image, DejaVu Sans (matplotlib's default face), shipped in
 * assets/fonts so that a PNG comes out the same on every machine. Text is measured from its
 * advance widths and kerning (font-metrics.json, made by scripts/font-metrics.mjs), so layout
 * neither guesses widths nor depends on which renderer or system fonts are installed.
 */
import metrics from './font-metrics.json' with { type: 'json' };

export { FONT_FAMILY, FONT_FILE } from './font-file.js';

/** Runs of consecutive code points, sorted and disjoint: [first code point, advance widths]. */
const advanceRuns = metrics.advances as [number, number[]][];
const kerning = metrics.kerning as Record<string, number>;

export const UNITS_PER_EM: number = metrics.unitsPerEm;

/**
 * A character's advance width in font units (the missing glyph's for one the font lacks), found by
 * a binary search of the runs: tables of every character (about 7000 entries) would be built on
 * every start of an image, a millisecond or two, for the few dozen characters a chart measures.
 */
export function advanceUnits(codePoint: number): number {
  return glyphAdvance(codePoint) ?? metrics.missing;
}

/** The advance of the font's glyph for a character, undefined where the font has none. */
function glyphAdvance(codePoint: number): number | undefined {
  // the first run is printable ASCII, most of a chart's text
  const ascii = codePoint - advanceRuns[0][0];
  if (ascii >= 0 && ascii < advanceRuns[0][1].length) return advanceRuns[0][1][ascii];
  let lo = 0;
  let hi = advanceRuns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, widths] = advanceRuns[mid];
    if (codePoint < first) hi = mid - 1;
    else if (codePoint >= first + widths.length) lo = mid + 1;
    else return widths[codePoint - first];
  }
  return undefined;
}

/**
 * The characters of these texts the font has no glyph for, each once, in order (white space and
 * control characters aside): a PNG or PDF draws them as the font's missing-glyph box.
 */
export function missingGlyphs(texts: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const ch of text) if (!/[\s\p{Cc}]/u.test(ch) && glyphAdvance(ch.codePointAt(0)!) === undefined) missing.add(ch);
  }
  return [...missing];
}

/** The kerning between two characters in font units (0 for most pairs); own keys only, as a pair of user text may be "__proto__". */
export const kerningUnits = (first: string, second: string): number => (Object.hasOwn(kerning, first + second) ? kerning[first + second] : 0);

/** The width in pixels of one line of text at a font size in pixels, as a text renderer sets it. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  let previous = '';
  for (const ch of text) {
    units += advanceUnits(ch.codePointAt(0)!);
    if (previous) units += kerningUnits(previous, ch);
    previous = ch;
  }
  return (units * fontSize) / UNITS_PER_EM;
}

/**
 * Text broken into lines no wider than maxWidth, at spaces; a word wider than a line on its own
 * is broken between characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (textWidth(joined, fontSize) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of word) {
      if (line && textWidth(line + ch, fontSize) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
