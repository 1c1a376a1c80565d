/**
 * The ascii canvas: the chart drawn as the box canvas draws it, then every character that is not
 * printable ASCII replaced by one that is, for terminals and logs that show nothing else (LANG=C,
 * TERM=dumb), as gnuplot's dumb terminal does. Each line style keeps its own horizontal
 * character; text the user gave (a title with σ) shows its other characters as '?'.
 */
import type { TextCanvas } from './canvas.js';

const ASCII: Readonly<Record<string, string>> = {
  // line styles: horizontal, then corners and verticals
  '─': '-', '━': '=', '═': '~',
  '╭': '.', '╮': '.', '╰': "'", '╯': "'", '│': '|',
  '┏': '.', '┓': '.', '┗': "'", '┛': "'", '┃': '|',
  '╔': '.', '╗': '.', '╚': "'", '╝': "'", '║': '|',
  // derivatives' dashes (┄ ┅ ╍): dotted, ': ; "', not '.', the guides' dots
  '┄': ':', '┆': ':', '┅': ';', '┇': ';', '╍': '"', '╏': '"',
  // guides and axes
  '┈': '.', '┊': ':', '╌': '.', '╎': ':', '┼': '+', '┤': '+', '├': '+', '└': '+', '┬': '+',
  // data points (styles.ts' POINT_SYMBOLS)
  '●': 'o', '◆': '*', '■': '#', '▲': '^', '○': '@', '◇': '&', '□': '%', '△': '$',
  // text
  '−': '-', '…': '~', '→': '>', '≥': '>', '≤': '<', '×': 'x',
};

/** Rewrites the canvas in place with printable ASCII only. */
export function asciiOnly(canvas: TextCanvas): void {
  for (let i = 0; i < canvas.chars.length; i++) {
    const cell = canvas.chars[i];
    if (/^[\x20-\x7e]$/.test(cell)) continue;
    // the right half of a wide character ('') becomes a blank: the '?' before it takes one column
    canvas.chars[i] = cell === '' ? ' ' : (ASCII[[...cell][0]] ?? '?');
  }
}
