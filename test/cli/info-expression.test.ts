/**
 * act info on expressions: the facts nobody declared are measured on samples, and must still be
 * true: a smooth expression is C^∞ however fast it turns, a jump or a pole is found wherever it is.
 */
import { describe, expect, it } from 'vitest';
import { act } from '../helpers/cli.js';

interface Facts {
  properties: { continuity: number | string; monotonic: string };
  range: { text: string };
  derivativeRange: { text: string };
  bounded: { below: boolean; above: boolean };
}

const facts = (expression: string): Facts => {
  const r = act(['info', '--format', 'json', '--', expression]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return JSON.parse(r.stdout) as Facts;
};

describe('act info measures an expression truthfully', () => {
  it('a smooth expression that changes fast between samples is C^∞, not "f jumps" or "f\'\' jumps"', () => {
    for (const e of ['sin(10*x)', 'tanh(20*x)', 'x^3', 'x*sigmoid(5*x)', 'exp(5*x)']) expect(facts(e).properties.continuity, e).toBe('Infinity');
    const text = act(['info', 'sin(10*x)', '--no-chart']).stdout;
    expect(text).toMatch(/^continuity +C\^∞ \(smooth, every derivative is continuous\)$/m);
  });

  it('still finds jumps and corners, as the catalog declares them', () => {
    expect(facts('x>=0?1:0').properties.continuity).toBe(-1); // binary_step
    expect(facts('sign(x)').properties.continuity).toBe(-1);
    expect(facts('floor(x)').properties.continuity).toBe(-1);
    expect(facts('abs(x)').properties.continuity).toBe(0);
    expect(facts('max(0,x)^2').properties.continuity).toBe(1); // relu2
    expect(facts('x>0?x:expm1(x)').properties.continuity).toBe(1); // elu
    expect(facts('cbrt(x)').properties.continuity).toBe(0); // f' is infinite at 0
  });

  it("1/x: its pole makes it unbounded both ways and not monotonic, though f' < 0 everywhere", () => {
    const f = facts('1/x');
    expect(f.range.text).toBe('(-∞, ∞)');
    expect(f.bounded).toEqual({ below: false, above: false });
    expect(f.properties.monotonic).toBe('no');
    expect(f.properties.continuity).toBe(-1);
  });

  it("log(x): f' is measured where f is defined, so it is increasing with f' in (0, ∞)", () => {
    const f = facts('log(x)');
    expect(f.derivativeRange.text).toBe('(0, ∞)');
    expect(f.properties.monotonic).toBe('increasing');
  });
});

describe('act info writes big bounds as it writes small ones', () => {
  it('in exponent form from 10^6 on, with at most 6 digits', () => {
    const r = act(['info', 'hardtanh(min=-1e20,max=1.2345678e21)', '--no-chart']);
    expect(r.stdout).toMatch(/^range of f +\[-1e20, 1\.23457e21\]$/m);
    expect(act(['info', 'threshold(value=-2500000)', '--no-chart']).stdout).toMatch(/^range of f +\{-2\.5e6\} ∪ \(0, ∞\)$/m);
    expect(act(['info', 'hardtanh(min=-999999,max=1e-20)', '--no-chart']).stdout).toMatch(/^range of f +\[-999999, 1e-20\]$/m);
  });
});
