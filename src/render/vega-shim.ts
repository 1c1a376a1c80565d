/**
 * Stands in for the package vega in the bundle (scripts/build.mjs aliases it): vega-lite takes
 * four helpers from `vega`, which would pull in all of vega (1 MB: geo, force layouts, word
 * clouds...). They come from vega-util. act's own code uses vega through vega-core.ts. Should a
 * later vega-lite import more from vega, the build fails on the missing export.
 */
export { hasOwnProperty, isObject, isString, stringValue } from 'vega-util';
