/** Word wrapping for the terminal: fixed width, so that output is the same on every terminal. */

/** Splits text into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** `label` in a column of `labelWidth`, then the text wrapped to the rest of `width`, continued under itself. */
export function labelled(label: string, text: string, labelWidth: number, width: number): string[] {
  const pad = ' '.repeat(labelWidth);
  return wrap(text, width - labelWidth).map((line, i) => `${i === 0 ? label.padEnd(labelWidth) : pad}${line}`);
}
