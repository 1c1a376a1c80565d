/**
 * Vega-Lite compiled ahead of time. A chart's spec has a fixed shape for each kind of chart (the
 * legend's place, grid, markers, dashed derivatives, guide lines); what varies within a kind is
 * held in a few places, the "holes": data, domains, colours, texts, sizes. The build compiles one
 * spec of each common kind with placeholders in the holes (scripts/vega-templates.ts), and a
 * run fills the real values into that compiled Vega spec instead of loading and running
 * vega-lite (about 30 ms). A chart of any other kind is compiled as usual.
 *
 * test/render/vega-template.test.ts checks, over many charts of every kind, that a filled
 * template is exactly what vega-lite compiles.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

/** Where the holes are, in the Vega-Lite spec that chartSpec builds. */
const HOLE_PATHS: readonly RegExp[] = [
  /^title\.text$/,
  /^(width|height)$/,
  /^layer\.\d+\.data\.values$/,
  /^layer\.\d+\.mark\.color$/,
  /^layer\.\d+\.encoding\.[xy]\.title$/,
  /^layer\.\d+\.encoding\.[xy]\.scale\.domain$/,
  /^layer\.\d+\.encoding\.[xy]\.axis\.(values|labelExpr|titleLimit)$/,
  /^layer\.\d+\.encoding\.(color|strokeDash)\.scale\.(domain|range)$/,
  /^config\.legend\.labelLimit$/,
];

const isHole = (path: Path) => HOLE_PATHS.some((re) => re.test(path.join('.')));

/**
 * A placeholder for the i-th hole that vega-lite treats as it treats the real value: a number
 * for a number, a string for a string, an array of two numbers for a domain, and so on. Its
 * digits and letters appear nowhere else in a compiled spec.
 */
function placeholder(value: Json, i: number): Json {
  const number = 987_654_000 + 2 * i + 0.5;
  const text = `\u27e6hole ${i}\u27e7`;
  if (typeof value === 'number') return number;
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) {
    const first = value[0];
    if (typeof first === 'number') return [number, number + 1];
    if (Array.isArray(first)) return [[number, number + 1]];
    if (first !== null && typeof first === 'object') return [{ [text]: number }];
    return [text];
  }
  throw new Error(`a hole holds ${JSON.stringify(value)}`);
}

/** The colour and dash scales name the same series: vega-lite merges their legends only if it sees them equal. */
const SERIES_DOMAIN = /\.encoding\.(color|strokeDash)\.scale\.domain$/;

/**
 * The spec with placeholders in its holes (its shape), and the values taken out of them. Equal
 * series domains share a placeholder; every other hole has its own.
 */
export function holes(spec: Json): { shape: Json; values: Json[] } {
  const values: Json[] = [];
  const seriesDomains = new Map<string, number>();
  const walk = (node: Json, path: Path): Json => {
    if (isHole(path)) {
      const shared = SERIES_DOMAIN.test(path.join('.')) ? JSON.stringify(node) : undefined;
      let i = shared === undefined ? undefined : seriesDomains.get(shared);
      if (i === undefined) {
        i = values.push(node) - 1;
        if (shared !== undefined) seriesDomains.set(shared, i);
      }
      return placeholder(node, i);
    }
    if (Array.isArray(node)) return node.map((v, i) => walk(v, [...path, i]));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return node;
  };
  return { shape: walk(spec, []), values };
}

/**
 * The name of a shape's template, from the shape's JSON text: the same for every chart of one
 * kind. FNV-1a in four 32-bit lanes (32 hex digits): a file name, not a safeguard, since a
 * template also holds its whole shape and is used only when that matches. (node:crypto would cost
 * an image 2-3 ms to load.)
 */
export function templateKey(shapeJson: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x9e3779b9];
  for (let i = 0; i < shapeJson.length; i++) {
    const c = shapeJson.charCodeAt(i);
    for (let k = 0; k < lanes.length; k++) lanes[k] = Math.imul(lanes[k] ^ c ^ (k << 16), 0x01000193);
  }
  return lanes.map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

export interface Template {
  /** JSON of the shape, to rule out a collision of keys. */
  readonly shape: string;
  /** The Vega spec vega-lite compiled from the shape. */
  readonly vega: Json;
}

/**
 * The template's Vega spec with the real values in place of the placeholders, or undefined if a
 * placeholder shows up where it cannot be replaced whole (inside a longer string, say).
 */
export function fillTemplate(template: Template, values: readonly Json[]): Json | undefined {
  const byJson = new Map<string, Json>();
  values.forEach((v, i) => byJson.set(JSON.stringify(placeholder(v, i)), v));
  let broken = false;
  const walk = (node: Json): Json => {
    if (node !== null && (typeof node !== 'object' || Array.isArray(node))) {
      const found = byJson.get(JSON.stringify(node));
      if (found !== undefined) return found;
    }
    if (typeof node === 'string' && node.includes('\u27e6hole')) broken = true;
    if (typeof node === 'number' && node >= 987_654_000 && node < 987_655_000) broken = true;
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  const filled = walk(template.vega);
  return broken ? undefined : filled;
}
