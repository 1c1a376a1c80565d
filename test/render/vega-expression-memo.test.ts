import { parseExpression as vegaParse } from 'vega-expression';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/render/vega-expression-memo.js';

describe('vega-expression with a memo', () => {
  it("gives vega-expression's tree, the same object for the same text", () => {
    const text = 'datum["value"] > 0 ? format(datum.value, ".2f") : "none"';
    const tree = parseExpression(text);
    expect(JSON.parse(JSON.stringify(tree))).toEqual(JSON.parse(JSON.stringify(vegaParse(text))));
    expect(parseExpression(text)).toBe(tree);
    expect(parseExpression('datum.x + 1')).not.toBe(tree);
  });

  it('throws for a text that does not parse, every time (nothing remembered)', () => {
    expect(() => parseExpression('datum.(')).toThrow();
    expect(() => parseExpression('datum.(')).toThrow();
  });
});
