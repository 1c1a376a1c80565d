/**
 * SVG text drawn as glyph outlines, matplotlib's default (`svg.fonttype: 'path'`): an SVG then
 * looks the same on a machine without DejaVu Sans, where a viewer would set real text in a
 * substitute (often a serif) whose widths no longer fit the layout measured in DejaVu Sans.
 *
 * Each of vega's <text> elements becomes one <path> with the same transform and fill, its glyphs
 * placed with the advances and kerning that laid the chart out (font.ts), and the text kept in
 * aria-label. The outlines come from dist/glyphs/ (scripts/glyph-paths.mjs), one gzipped file per block
 * of 256 code points, read only for the blocks the text uses, and common.json, the code points of
 * most charts' text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageFile } from '../io/package-file.js';
import { advanceUnits, kerningUnits, UNITS_PER_EM } from './font.js';

/** Where the build puts the glyph outlines, relative to the package root. */
export const GLYPH_FOLDER = 'dist/glyphs';

/** A glyph's outline in font units, y up ('' for a blank), or undefined when the font lacks it. */
export type GlyphOutline = (codePoint: number) => string | undefined;

/** The outlines of common.json (printable ASCII and the minus sign), or an empty table if it cannot be read. */
function commonGlyphs(): Record<string, string> {
  try {
    return (JSON.parse(readFileSync(packageFile(`${GLYPH_FOLDER}/common.json`), 'utf8')) as { glyphs: Record<string, string> }).glyphs;
  } catch {
    return {};
  }
}

/**
 * The glyph outlines of the shipped font: those of most charts' text from common.json, read
 * first; any other from its block's gzipped file, read as it is asked for (node:zlib is loaded
 * only then).
 */
export function shippedGlyphs(): GlyphOutline {
  let common: Record<string, string> | undefined;
  const blocks = new Map<number, Record<string, string> | null>();
  return (code) => {
    common ??= commonGlyphs();
    if (Object.hasOwn(common, code)) return common[code];
    const block = code >> 8;
    if (!blocks.has(block)) {
      try {
        const { gunzipSync } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
        const file = packageFile(`${GLYPH_FOLDER}/${block.toString(16).padStart(2, '0')}.json.gz`);
        blocks.set(block, (JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { glyphs: Record<string, string> }).glyphs);
      } catch {
        blocks.set(block, null);
      }
    }
    return blocks.get(block)?.[code];
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attributes(text: string): Map<string, string> {
  return new Map([...text.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

const round = (v: number) => String(Math.round(v * 100) / 100);

/** A glyph outline in font units moved to (x, baseline y) at `scale` pixels per unit, y down. */
export function placedOutline(d: string, x: number, y: number, scale: number): string {
  return d.replace(/([MLQCZ])([^MLQCZ]*)/g, (_, command: string, numbers: string) => {
    const values = numbers.match(/-?[\d.]+/g) ?? [];
    return command + values.map((v, i) => round(i % 2 === 0 ? x + Number(v) * scale : y - Number(v) * scale)).join(' ');
  });
}

/** One line of text as path data, starting at x (before anchoring) on the baseline y. */
function lineOutline(text: string, x: number, y: number, fontSize: number, glyphs: GlyphOutline): { d: string; width: number; missing: boolean } {
  const scale = fontSize / UNITS_PER_EM;
  let d = '';
  let units = 0;
  let previous = '';
  let missing = false;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (previous) units += kerningUnits(previous, ch);
    const outline = glyphs(code);
    if (outline === undefined) missing = true;
    else if (outline) d += placedOutline(outline, x + units * scale, y, scale);
    units += advanceUnits(code);
    previous = ch;
  }
  return { d, width: units * scale, missing };
}

const ANCHOR_SHARE: Record<string, number> = { start: 0, middle: 0.5, end: 1 };
/** Attributes of a <text> that still mean something on the <path> that replaces it. */
const KEPT = ['transform', 'fill', 'fill-opacity', 'opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'class', 'clip-path'];

/**
 * The SVG with every <text> drawn as a <path>. A text with a character the font lacks stays text
 * (a viewer can still find a font for it).
 */
export function textAsPaths(svg: string, glyphs: GlyphOutline): string {
  return svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (element, attributeText: string, content: string) => {
    const attrs = attributes(attributeText);
    const fontSize = Number.parseFloat(attrs.get('font-size') ?? '11');
    const share = ANCHOR_SHARE[attrs.get('text-anchor') ?? 'start'] ?? 0;
    // vega writes one line as the element's text, several as <tspan>s, each after the first with x="0" dy="LINE HEIGHT"
    const lines: { text: string; dy: number }[] = [];
    if (content.includes('<tspan')) {
      for (const m of content.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)) {
        lines.push({ text: unescapeXml(m[2]), dy: Number.parseFloat(attributes(m[1]).get('dy') ?? '0') || 0 });
      }
    } else {
      lines.push({ text: unescapeXml(content), dy: 0 });
    }
    let y = Number.parseFloat(attrs.get('y') ?? '0') || 0;
    const x0 = Number.parseFloat(attrs.get('x') ?? '0') || 0;
    let d = '';
    for (const line of lines) {
      y += line.dy;
      const { width } = lineOutline(line.text, 0, 0, fontSize, () => '');
      const drawn = lineOutline(line.text, x0 - share * width, y, fontSize, glyphs);
      if (drawn.missing) return element;
      d += drawn.d;
    }
    const kept = KEPT.filter((name) => attrs.has(name)).map((name) => ` ${name}="${attrs.get(name)}"`).join('');
    const label = escapeXml(lines.map((l) => l.text).join(' '));
    return `<path${kept} aria-label="${label}" d="${d}"/>`;
  });
}
