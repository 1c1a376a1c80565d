/** Every catalog entry has every field, and the facts the seed article states come out as it states them. */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { defaultParams, derivativeRangeOf, propertiesOf, rangeOf } from '../../src/core/define.js';
import { findActivation } from '../../src/activations/lookup.js';
import { rangeText } from '../../src/info/range-text.js';
import { cases } from '../helpers/variants.js';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

describe('every catalog entry has every field', () => {
  it('has 39 entries', () => {
    expect(activations).toHaveLength(39);
  });
  for (const a of activations) {
    it(a.name, () => {
      for (const text of [a.summary, a.formula.text, a.formula.tex, a.derivative.text, a.derivative.tex, a.notes.useCase, a.notes.limitations, a.notes.reference, a.cost.ops]) {
        expect(text.trim().length).toBeGreaterThan(0);
      }
      expect(['cheap', 'moderate', 'expensive']).toContain(a.cost.level);
      expect(a.defaultRange[0]).toBeLessThan(a.defaultRange[1]);
      for (const d of Object.values(a.params)) expect(d.doc.trim().length).toBeGreaterThan(0);
      // a cited paper (with its year), or the plain statement that there is none
      expect(a.notes.reference).toMatch(a.notes.reference.startsWith('No founding paper') ? /./ : YEAR);
    });
  }
  for (const c of cases()) {
    it(`${c.label}: ranges and properties resolve`, () => {
      expect(rangeOf(c.activation, c.params).pieces.length).toBeGreaterThan(0);
      expect(derivativeRangeOf(c.activation, c.params).pieces.length).toBeGreaterThan(0);
      const p = propertiesOf(c.activation, c.params);
      expect(Object.keys(p).sort()).toEqual(['continuity', 'monotonic', 'nearIdentity', 'saturates', 'selfGated', 'zeroCentred']);
      expect([-1, 0, 1, Infinity]).toContain(p.continuity);
      expect(['increasing', 'decreasing', 'no']).toContain(p.monotonic);
      expect(['both', 'left', 'right', 'none']).toContain(p.saturates);
    });
  }
});

describe("the seed article's derivative ranges", () => {
  const derivativeRange = (name: string, params: Record<string, number> = {}): string => {
    const a = findActivation(name)!;
    return rangeText(derivativeRangeOf(a, { ...defaultParams(a), ...params }));
  };
  it("sigmoid' in (0, 0.25], tanh' in (0, 1], relu' in {0, 1}", () => {
    expect(derivativeRange('sigmoid')).toBe('(0, 0.25]');
    expect(derivativeRange('tanh')).toBe('(0, 1]');
    expect(derivativeRange('relu')).toBe('{0, 1}');
  });
  it("leaky ReLU' and PReLU' in {α, 1}", () => {
    for (const alpha of [0.01, 0.1, 0.2, 0.25]) {
      expect(derivativeRange('leaky_relu', { alpha })).toBe(`{${alpha}, 1}`);
      expect(derivativeRange('prelu', { alpha })).toBe(`{${alpha}, 1}`);
    }
  });
  it('elu(alpha=0.5) has range (-0.5, ∞)', () => {
    expect(rangeText(rangeOf(findActivation('elu')!, { alpha: 0.5 }))).toBe('(-0.5, ∞)');
  });
});

describe('notes', () => {
  it('sigmoid and tanh point to act gradient for vanishing gradients', () => {
    for (const name of ['sigmoid', 'tanh']) expect(findActivation(name)!.notes.limitations).toMatch(/vanish.*see act gradient/);
  });
  it('cite the founding papers', () => {
    const cites: [string, RegExp][] = [
      ['relu', /Nair & Hinton.*2010/],
      ['elu', /Clevert.*2015/],
      ['selu', /Klambauer.*2017/],
      ['gelu', /Hendrycks & Gimpel.*2016/],
      ['swish', /Ramachandran.*2017/],
      ['mish', /Misra.*2019/],
      ['prelu', /He, Zhang, Ren & Sun.*2015/],
      ['leaky_relu', /Maas.*2013/],
      ['softmax', /Bridle.*1990/],
    ];
    for (const [name, cite] of cites) expect(findActivation(name)!.notes.reference).toMatch(cite);
  });
});
