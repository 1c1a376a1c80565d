/**
 * The chart font's name and file, apart from its metrics (font.ts, 45 kB of tables), for code that
 * only names it (act doctor).
 */
export const FONT_FAMILY = 'DejaVu Sans';
/** The font file, relative to the package root. */
export const FONT_FILE = 'assets/fonts/DejaVuSans.ttf';
