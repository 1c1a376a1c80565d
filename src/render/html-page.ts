/**
 * The chart as one self-contained HTML page: the Vega runtime (built with act, dist/html-runtime.js),
 * the chart compiled from Vega-Lite to Vega here, and act's values, all inline; nothing is
 * fetched, so the page works from file:// with no network. Loaded only for -o x.html.
 */
import { readFileSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import { packageFile } from '../io/package-file.js';
import type { Series } from '../core/series.js';
import { drawableTexts, SVG_FONT_FALLBACK } from './image.js';
import { htmlData, htmlSpec, type TooltipNames } from './html-spec.js';
import type { ChartOptions } from './vegalite.js';

/** Where the build puts the page's script, relative to the package root. */
export const HTML_RUNTIME = 'dist/html-runtime.js';

/** JSON safe inside a <script> element: no "</script>" or "<!--" can end it early. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

interface VegaLegend {
  encode?: Record<string, { update?: { opacity?: unknown } }>;
}

/** A legend entry is faded while its series is hidden (the selection holds what is hidden, so vega-lite's own fading is the other way round). */
const HIDDEN_ENTRY = 'length(data("hidden_store")) && hidden["series"] && indexof(hidden["series"], datum.value) >= 0';

function fadeHiddenEntries(vega: { legends?: VegaLegend[] }): void {
  for (const legend of vega.legends ?? []) {
    for (const part of ['labels', 'symbols']) {
      const update = legend.encode?.[part]?.update;
      if (update?.opacity) update.opacity = [{ test: HIDDEN_ENTRY, value: 0.35 }, { value: 1 }];
    }
  }
}

/** The page; `names` are the tooltip's for a chart that is not of functions of x (act gradient's). */
export async function htmlPage(series: readonly Series[], look: Partial<ChartOptions>, derivative: boolean, names?: TooltipNames): Promise<string> {
  const page = htmlSpec(series, look, htmlData(series, derivative, look.logy ?? false, names));
  // the same texts in the spec and the rows (drawableTexts changes a label only if vega would trip on it)
  const spec = drawableTexts(page.spec);
  const data = drawableTexts(page.data);
  const { compile } = await import('vega-lite');
  const vega = compile(spec as TopLevelSpec).spec;
  fadeHiddenEntries(vega as { legends?: VegaLegend[] });
  const runtime = readFileSync(packageFile(HTML_RUNTIME), 'utf8');
  // the chart's title, as drawn (legend entries would add their notes: "y (∞ at x = 2)")
  const title = page.title;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="act">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 0; background: white; font-family: ${SVG_FONT_FALLBACK}; }
#chart { display: inline-block; }
.vega-bindings { padding: 0 12px 12px; font-size: 14px; }
.vega-bind { display: flex; align-items: center; gap: 8px; }
.vega-bind input[type=range] { width: 320px; }
#act-tooltip { position: fixed; display: none; pointer-events: none; background: rgba(255,255,255,0.95); border: 1px solid #999; border-radius: 3px; padding: 4px 6px; font-size: 13px; white-space: pre; font-variant-numeric: tabular-nums; }
</style>
</head>
<body>
<div id="chart"></div>
<div id="act-tooltip" role="tooltip"></div>
<script type="application/json" id="act-chart">${scriptJson({ vega, data })}</script>
<script>${runtime.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}
