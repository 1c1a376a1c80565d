/**
 * A label the user gives (`"Softmax Function=softmax"`) is shown as written, as matplotlib's
 * label= is; a vector function without one keeps the note on its sample in the legend.
 */
import { describe, expect, it } from 'vitest';
import { act } from '../helpers/cli.js';

/** The legend's entries in a Vega-Lite spec: the domain of the series colour scale. */
function legendEntries(json: string): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const o = node as { field?: string; scale?: { domain?: unknown } };
    if (o.field === 'series' && o.scale?.domain) found.push(o.scale.domain);
    Object.values(node).forEach(visit);
  };
  visit(JSON.parse(json));
  return found;
}

describe('a named vector function', () => {
  it('image: the legend says the name as given, and the note stays on an unnamed one', () => {
    const named = act(['plot', 'Softmax Function=softmax', '--from', '-2', '--to', '2', '-n', '10', '--format', 'json']);
    expect(named.code).toBe(0);
    expect(legendEntries(named.stdout)).toEqual([['Softmax Function']]);
    const plain = act(['plot', 'softmax', '--from', '-2', '--to', '2', '-n', '10', '--format', 'json']);
    expect(legendEntries(plain.stdout)).toEqual([['softmax (10 points)']]);
  });

  it('terminal: the same', () => {
    const named = act(['plot', 'S=softmax', '-n', '10', '--width', '60', '--height', '10']);
    expect(named.stdout.trimEnd().split('\n').at(-1)?.trim()).toBe('── S');
    const plain = act(['plot', 'softmax', '-n', '10', '--width', '60', '--height', '10']);
    expect(plain.stdout).toContain('softmax (of a 10-point vector');
  });
});
