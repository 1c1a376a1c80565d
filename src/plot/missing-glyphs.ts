/** The warning on characters an image's font cannot draw. */
import { FONT_FAMILY, missingGlyphs } from '../render/font.js';
import type { PlotLook } from './options.js';

/** Characters named in the warning on missing glyphs, at most. */
const MISSING_SHOWN = 8;

/**
 * Tells options.warn, for a PNG or PDF, the characters of the chart's text its font (DejaVu Sans,
 * shipped, no system fonts) has no glyph for: they come out as boxes, as matplotlib's do, which
 * warns "Glyph missing from current font". An SVG keeps such a text as text, for the viewer's
 * fonts; a Vega-Lite spec and a page are drawn by their viewer.
 */
export function warnMissingGlyphs(texts: readonly (string | undefined)[], format: string, warn: PlotLook['warn']): void {
  if (!warn || (format !== 'png' && format !== 'pdf')) return;
  const missing = missingGlyphs(texts.filter((t): t is string => t !== undefined));
  if (!missing.length) return;
  const shown = missing.slice(0, MISSING_SHOWN).join(' ') + (missing.length > MISSING_SHOWN ? ` and ${missing.length - MISSING_SHOWN} more` : '');
  warn(`the image's font (${FONT_FAMILY}) has no glyph for ${shown}: drawn as boxes in a ${format.toUpperCase()} (an SVG keeps such text as text)`);
}
