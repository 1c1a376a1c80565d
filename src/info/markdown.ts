/** Markdown helpers: escaping for table cells, and table rows. */

/** Text safe inside a Markdown table cell: | escaped, line breaks as spaces. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** Inline code, safe in a table cell. */
export function code(text: string): string {
  return `\`${cell(text)}\``;
}

/** A Markdown table: header row, separator, rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}
