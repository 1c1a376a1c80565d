/**
 * The build trims vega's colour schemes (scripts/build.mjs): d3-scale-chromatic's unused ramps are
 * dropped, and vega-scale's continuous schemes are made on first use instead of at load. A chart
 * naming schemes must still draw as vega itself draws it: the library's bundled vega
 * (dist/vega-core.js, through renderImage) against vega and vega-lite from node_modules.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { plot as plotFromSources } from '../../src/index.js';

// the built library, whose vega is the bundle (src/ would import vega from node_modules)
const { renderImage, plot } = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as typeof import('../../src/index.js');

/** A strip of rects coloured by a scheme: continuous (viridis, blues, redyellowblue) and categorical (category10, set2, tableau20). */
function schemeChart(scheme: string, type: 'quantitative' | 'nominal'): TopLevelSpec {
  return {
    width: 300,
    height: 40,
    data: { values: Array.from({ length: 7 }, (_, i) => ({ i, v: i / 6 })) },
    mark: 'rect',
    encoding: {
      x: { field: 'i', type: 'ordinal' },
      color: { field: type === 'quantitative' ? 'v' : 'i', type, scale: { scheme } },
    },
  } as TopLevelSpec;
}

/** The fill colours of an SVG's marks, in order. */
const fills = (svg: string): string[] => [...svg.matchAll(/<path[^>]*fill="(#[0-9a-f]{6}|rgb\([^)]*\))"/gi)].map((m) => m[1].toLowerCase());

async function vegaSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

describe("act's bundled vega colours by scheme as vega does", () => {
  for (const [scheme, type] of [
    ['viridis', 'quantitative'],
    ['blues', 'quantitative'],
    ['redYellowBlue', 'quantitative'],
    ['category10', 'nominal'],
    ['set2', 'nominal'],
    ['tableau20', 'nominal'],
  ] as const) {
    it(`${scheme} (${type})`, async () => {
      const spec = schemeChart(scheme, type);
      const want = fills(await vegaSvg(spec)).filter((c) => c !== '#ffffff');
      const got = fills(await renderImage(spec, 'svg', { svgText: true })).filter((c) => c !== '#ffffff');
      // seven rects in seven colours, drawn in the same order
      expect(new Set(want).size).toBeGreaterThanOrEqual(7);
      expect(got).toEqual(want);
    });
  }
});

describe("the library bundle's own colours", () => {
  it('a --vary family of more than ten members takes viridis, as from the sources (d3-scale-chromatic trimmed)', async () => {
    const options = { format: 'vega-lite', vary: 'alpha=0.1:1.2:0.1' } as const;
    type Layers = { layer: { encoding?: { color?: { scale: { range: string[] } } } }[] };
    const range = (spec: unknown): string[] => (spec as Layers).layer.find((l) => l.encoding?.color)!.encoding!.color!.scale.range;
    const want = range(await plotFromSources('elu', options));
    expect(want.length).toBeGreaterThan(10);
    expect(new Set(want).size).toBe(want.length);
    expect(range(await plot('elu', options))).toEqual(want);
  });
});
