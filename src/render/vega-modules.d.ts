// vega's sub-packages ship no type declarations; vega-core.ts gives what it uses vega's types.
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-encode';
declare module 'vega-parser';
declare module 'vega-scenegraph';
declare module 'vega-transforms';
declare module 'vega-view';
declare module 'vega-view-transforms';
