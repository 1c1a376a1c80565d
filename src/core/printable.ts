/**
 * User text inside a message: control characters become their Unicode pictures (a line break
 * shows as ␊), one column each, so that a message stays on its lines and a caret under it stays
 * in place.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)));
}
