import { describe, expect, it } from 'vitest';
import { sampleSeries } from '../../src/core/series.js';
import { parseSpec } from '../../src/spec/parse.js';
import { facetSpec, sharedYDomain, type FacetPanel } from '../../src/render/facet.js';
import { composePanels, panelsPerRow, PANEL_GAP } from '../../src/render/panels.js';
import { chartOptions } from '../../src/render/vegalite.js';

function panels(names: string[]): FacetPanel[] {
  return names.map((name) => {
    const series = sampleSeries([parseSpec(name)], { from: -5, to: 5, points: 101, derivative: true });
    return { series, options: chartOptions(series, { title: name, width: 320, height: 220 }) };
  });
}

type Spec = { concat: { title: { text: string }; layer: { encoding?: { y?: { scale: { domain: number[] } }; color?: { legend: { orient: string } } } }[] }[]; columns: number; resolve: unknown };
const yDomains = (spec: Spec) => spec.concat.map((p) => p.layer.find((l) => l.encoding?.y)?.encoding?.y?.scale.domain);

describe('small multiples as one Vega-Lite spec', () => {
  it('one panel per function in a grid of the given columns, each with its own colours and legend', () => {
    const spec = facetSpec(panels(['relu', 'gelu', 'swish', 'mish']), { columns: 2, shareY: false }) as unknown as Spec;
    expect(spec.columns).toBe(2);
    expect(spec.concat.map((p) => p.title.text)).toEqual(['relu', 'gelu', 'swish', 'mish']);
    expect(spec.resolve).toEqual({ scale: { color: 'independent', strokeDash: 'independent' }, legend: { color: 'independent', strokeDash: 'independent' } });
    // a panel is the single chart's spec, less what only a top-level spec holds
    for (const p of spec.concat) expect(Object.keys(p)).not.toContain('config');
    // the legend goes inside the plot, in a free corner
    expect(spec.concat[0].layer.at(-1)?.encoding?.color?.legend.orient).toBe('top-left');
  });

  it('a panel\'s axis titles have its plot\'s sides as their room (its size is its plot area, not an image)', () => {
    const spec = facetSpec(panels(['relu', 'gelu']), { columns: 2, shareY: false }) as unknown as { concat: { layer: { encoding?: Record<string, { axis?: { titleLimit: number } }> }[] }[] };
    for (const p of spec.concat) {
      const encoding = p.layer.find((l) => l.encoding?.x)!.encoding!;
      expect([encoding.x.axis?.titleLimit, encoding.y.axis?.titleLimit]).toEqual([320, 220]);
    }
  });

  it('--share-y: one axis for all, its ticks too, within a y range given and on a log axis', () => {
    const build = (look: object) =>
      ['sigmoid', 'relu'].map((name) => {
        const series = sampleSeries([parseSpec(name)], { from: -10, to: 10, points: 201 });
        return { series, options: chartOptions(series, { title: name, width: 320, height: 220, ...look }) };
      });
    type Axis = { scale: { domain: number[] }; axis: { values: number[]; labelExpr: string } };
    const yAxes = (ps: FacetPanel[]) => (facetSpec(ps, { columns: 2, shareY: true }) as unknown as { concat: { layer: { encoding?: { y?: Axis } }[] }[] }).concat.map((p) => p.layer.find((l) => l.encoding?.y)!.encoding!.y!);
    // the ticks of the shared range in every panel (sigmoid's were 0, 0.5, 1 at the foot of relu's 0 to 10)
    const [a, b] = yAxes(build({}));
    expect(b.axis.values).toEqual(a.axis.values);
    expect(b.axis.labelExpr).toBe(a.axis.labelExpr);
    expect(Math.max(...a.axis.values)).toBeGreaterThanOrEqual(5);
    // a y range given holds (relu's 10 went above -1:2)
    for (const axis of yAxes(build({ yRange: [-1, 2] }))) expect(axis.scale.domain).toEqual([-1, 2]);
    // a log axis: positive bounds (relu's 0 made the domain start at 0, and nothing was drawn)
    const log = yAxes(build({ logy: true }));
    for (const axis of log) {
      expect(axis.scale.domain[0]).toBeGreaterThan(0);
      expect(axis.scale.domain[0]).toBeLessThan(1e-4); // sigmoid(-10)
      expect(axis.axis.values.every((v) => Number.isInteger(Math.log10(v)))).toBe(true);
    }
    expect(log[1].axis.values).toEqual(log[0].axis.values);
  });

  it('--share-y gives every panel the union of their y ranges', () => {
    const ps = panels(['sigmoid', 'relu']);
    const own = yDomains(facetSpec(ps, { columns: 2, shareY: false }) as unknown as Spec);
    expect(own[0]).not.toEqual(own[1]);
    const shared = yDomains(facetSpec(ps, { columns: 2, shareY: true }) as unknown as Spec);
    expect(shared[0]).toEqual(sharedYDomain(ps));
    expect(shared[1]).toEqual(shared[0]);
    expect(shared[0]![0]).toBeLessThanOrEqual(Math.min(own[0]![0], own[1]![0]));
    expect(shared[0]![1]).toBeGreaterThanOrEqual(Math.max(own[0]![1], own[1]![1]));
  });
});

describe('text panels side by side', () => {
  it('pads each panel to its width (ANSI colours not counted) and stacks rows with a blank line', () => {
    const a = 'ab\n\x1b[31mc\x1b[0m\n';
    const b = 'xyz\nw\nlast\n';
    expect(composePanels([a, b, a], 2)).toBe(`ab${' '.repeat(PANEL_GAP)}xyz\n\x1b[31mc\x1b[0m ${' '.repeat(PANEL_GAP)}w\n${' '.repeat(2 + PANEL_GAP)}last\n\nab\n\x1b[31mc\x1b[0m\n`);
  });

  it('as many panels per row as fit, at least one', () => {
    expect(panelsPerRow(100, 40, 4)).toBe(2);
    expect(panelsPerRow(83, 40, 4)).toBe(2);
    expect(panelsPerRow(82, 40, 4)).toBe(1);
    expect(panelsPerRow(200, 40, 3)).toBe(3);
    expect(panelsPerRow(30, 40, 4)).toBe(1);
  });
});
