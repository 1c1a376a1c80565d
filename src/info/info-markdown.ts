/** `act info --format md`: a Markdown section with the formulas as LaTeX in $$ blocks. */
import type { Description } from './describe.js';
import { factRows, frameworkRows, hasFrameworkFacts, noteRows } from './fact-rows.js';
import type { InfoChart, InfoSection } from './info-text.js';
import { cell, code, table } from './markdown.js';

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function infoMarkdown(d: Description, chart?: InfoChart, precision?: InfoSection): string {
  const aka = d.aliases.length ? ` Also known as ${d.aliases.map(code).join(', ')}.` : '';
  const facts = factRows(d).map((r) => [r.label ? capitalised(r.label) : '', cell(r.value)]);
  const lines = [
    `## ${d.heading}`,
    '',
    `${d.summary}${aka}`,
    '',
    '$$',
    d.formula.tex,
    '$$',
    '',
    '$$',
    d.derivative.tex,
    '$$',
    '',
    ...table(['Property', 'Value'], facts),
    '',
    ...noteRows(d).flatMap((r) => [`**${capitalised(r.label)}.** ${r.value}`, '']),
    ...(hasFrameworkFacts(d) ? [...table(['Framework', 'Names'], frameworkRows(d).map((r) => [r.label ? capitalised(r.label) : '', cell(r.value)])), ''] : []),
  ];
  if (precision) lines.push(`### ${precision.heading}`, '', ...table(['Fact', 'Value'], precision.rows.map((r) => [capitalised(r.label), cell(r.value)])), '');
  if (chart) lines.push(`${chart.title}:`, '', '```text', ...chart.lines, '```', '');
  return `${lines.join('\n').trimEnd()}\n`;
}
