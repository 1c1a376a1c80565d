/**
 * The ranges of f and f' stated in every declaration agree with a dense numeric scan: every
 * value lies in the stated set, and every end of the set is reached (closed ends attained, open
 * ends approached, at ±∞ through large |x|), for the defaults and the parameter variants.
 */
import { describe, expect, it } from 'vitest';
import { derivativeRangeOf, rangeOf } from '../../src/core/define.js';
import { evaluateInto } from '../../src/core/evaluate.js';
import { denseGrid, farPoints, MODERATE, rangeProblems, scalar, specialPoints, specialVectors, type Sample } from '../helpers/scan.js';
import { cases } from '../helpers/variants.js';

describe('stated ranges against a numeric scan', () => {
  for (const c of cases()) {
    it(`${c.label}: range of f and of f'`, () => {
      const a = c.activation;
      const s = scalar(a, c.params);
      const xs = [...denseGrid(a), ...farPoints(), ...specialPoints(a.kinks(c.params))];
      const fs: Sample[] = xs.map((x) => ({ x, v: s.f(x) }));
      const dfs: Sample[] = xs.map((x) => ({ x, v: s.df(x) }));
      if (a.kind === 'vector') {
        // whole vectors too: an open end may be reached by rounding only where the spread is huge
        for (const v of specialVectors()) {
          const y = evaluateInto(a, c.params, v, false, new Float64Array(v.length));
          const dy = evaluateInto(a, c.params, v, true, new Float64Array(v.length));
          const x = Math.max(...v) - Math.min(...v) <= 2 * MODERATE ? MODERATE : Infinity;
          y.forEach((value) => fs.push({ x, v: value }));
          dy.forEach((value) => dfs.push({ x, v: value }));
        }
      }
      const kinks = a.kinks(c.params);
      const problems = [
        ...rangeProblems(rangeOf(a, c.params), fs, 'f', s.f, kinks),
        ...rangeProblems(derivativeRangeOf(a, c.params), dfs, "f'", s.df, kinks),
      ];
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
