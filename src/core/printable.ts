/**
 * User text inside a message, made safe for a terminal: the one escaping function for every
 * message that echoes what the user typed or named (spec texts, values, paths, options).
 * C0 controls and DEL become their Unicode pictures (a line break shows as ␊, ESC as ␛), one
 * column each, so that a message stays on its lines and a caret under it stays in place; C1
 * controls (U+0080–U+009F, which some terminals obey as escapes), the bidirectional controls
 * (U+202A–U+202E, U+2066–U+2069, which reorder what is shown) and the characters that show as
 * nothing and serve no script (soft hyphen, zero-width space, word joiner, invisible operators,
 * U+FEFF: pasted from a web page, `unexpected ""` would name nothing) become <U+XXXX>. The joiners
 * and the U+200E/F marks, which emoji and right-to-left text need, stay.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/**
 * The first control character of a text that is drawn (a title, an axis label, a series label:
 * an SVG cannot hold C0 controls), named as U+XXXX; a tab is allowed, as are the bidirectional
 * controls, which right-to-left text may need.
 */
export function controlIn(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 9 && (code < 0x20 || (code >= 0x7f && code <= 0x9f))) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}
