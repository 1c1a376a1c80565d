/**
 * Compiles the Vega-Lite template of each common kind of chart into dist/vega-templates/ (see
 * src/render/vega-template.ts). scripts/build.mjs bundles and runs this after the CLI.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'vega-lite';
import { sampleSeries } from '../src/core/series.js';
import { parseSpec } from '../src/spec/parse.js';
import { seriesColors } from '../src/render/colors.js';
import { holes, templateKey, type Template } from '../src/render/vega-template.js';
import { chartOptions, chartSpec, type LegendPlace } from '../src/render/vegalite.js';

export const LEGEND_PLACES: readonly (LegendPlace | null)[] = [null, 'top-left', 'top-right', 'bottom-left', 'bottom-right', 'right'];

export interface Kind {
  readonly legend: LegendPlace | null;
  readonly grid: boolean;
  readonly markers: boolean;
  readonly derivatives: boolean;
  readonly hline: boolean;
  /** A log y axis (act gradient's chart, --logy). */
  readonly logy: boolean;
}

/** Every combination of the chart's structural choices; a log y axis with functions alone (no derivatives, no guides). */
export function kinds(): Kind[] {
  const out: Kind[] = [];
  for (const legend of LEGEND_PLACES) {
    for (const grid of [true, false]) {
      for (const markers of [false, true]) {
        for (const derivatives of [false, true]) {
          for (const hline of [false, true]) out.push({ legend, grid, markers, derivatives, hline, logy: false });
        }
        out.push({ legend, grid, markers, derivatives: false, hline: false, logy: true });
      }
    }
  }
  return out;
}

/** A Vega-Lite spec of the kind (the values in its holes do not matter). */
export function specOfKind(kind: Kind) {
  const specs = [parseSpec('relu'), parseSpec('tanh')];
  const series = sampleSeries(specs, { from: -3, to: 3, points: 7, derivative: kind.derivatives });
  const options = chartOptions(series, {
    colors: seriesColors(series, specs),
    grid: kind.grid,
    markers: kind.markers,
    hlines: kind.hline ? [0.5] : [],
    logy: kind.logy,
    legend: kind.legend !== null,
  });
  const spec = chartSpec(series, options);
  if (kind.legend !== null) {
    // the place chartSpec chose from the data, set to the kind's
    for (const layer of spec.layer) {
      const encoding = (layer as { encoding?: Record<string, { legend?: { orient: string } | null }> }).encoding;
      for (const channel of ['color', 'strokeDash']) {
        const legend = encoding?.[channel]?.legend;
        if (legend) legend.orient = kind.legend;
      }
    }
  }
  return spec;
}

/** vega-lite's compile, its warnings collected rather than printed (an error still throws). */
export function compileWithWarnings(spec: object): { vega: unknown; warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    warn: (...m: unknown[]) => (warnings.push(m.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
    error: (...m: unknown[]) => {
      throw new Error(m.join(' '));
    },
  };
  return { vega: compile(spec as never, { logger: logger as never }).spec, warnings };
}

export function compileTemplate(spec: object): { key: string; template: Template } {
  const { shape } = holes(spec as never);
  const { vega, warnings } = compileWithWarnings(shape as object);
  if (warnings.length) throw new Error(`vega-lite warns about a template: ${warnings.join('; ')}`);
  const shapeJson = JSON.stringify(shape);
  return { key: templateKey(shapeJson), template: { shape: shapeJson, vega: vega as never } };
}

export function writeTemplates(folder: string): number {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const all = kinds();
  for (const kind of all) {
    const { key, template } = compileTemplate(specOfKind(kind));
    writeFileSync(join(folder, `${key}.json`), JSON.stringify(template));
  }
  return all.length;
}
