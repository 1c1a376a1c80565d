/**
 * The accuracy bar: every catalog function, f and f', within 1e-13 (relative, absolute floor
 * 1e-300) of mpmath's 1000-digit values at every row of the reference fixtures.
 */
import { describe, expect, it } from 'vitest';
import { findActivation } from '../../src/activations/lookup.js';
import { evaluate } from '../../src/spec/evaluate.js';
import { groupReference, misses, readReference, TOLERANCE } from '../helpers/reference.js';

// scaled-tails.csv: where a parameter scales exp's argument, which act carries exactly: a tighter bar
for (const [file, tolerance] of [['activations.csv', TOLERANCE], ['offgrid.csv', TOLERANCE], ['roots.csv', TOLERANCE], ['scaled-tails.csv', 3e-15]] as const) {
  describe(`reference values (${file})`, () => {
    for (const [key, rows] of groupReference(readReference(file))) {
      it(`${key}: f and f' within ${tolerance}`, () => {
        const activation = findActivation(rows[0].fn);
        expect(activation, `${rows[0].fn} is in the catalog`).toBeDefined();
        const xs = rows.map((r) => r.x);
        const y = evaluate(activation!, xs, { params: rows[0].params });
        const dy = evaluate(activation!, xs, { params: rows[0].params, derivative: true });
        const fails = [
          ...misses(`${key}`, rows.map((r, i) => ({ x: r.x, got: y[i], want: r.y })), tolerance),
          ...misses(`${key}'`, rows.flatMap((r, i) => (r.dy === undefined ? [] : [{ x: r.x, got: dy[i], want: r.dy }])), tolerance),
        ];
        expect(fails, fails.slice(0, 20).join('\n')).toEqual([]);
      });
    }
  });
}
