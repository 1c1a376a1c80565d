/** info(): the facts `act info --format json` prints about one function with its parameters. */
import type { GivenParams } from '../core/checked.js';
import { describeSpec } from '../info/describe.js';
import { descriptionJson, type InfoFacts } from '../info/info-json.js';
import { toSpec } from './catalog.js';
import type { SpecInput } from './plot.js';

/** `info('elu(alpha=0.5)')`, or `info('elu', { alpha: 0.5 })`: formula, ranges, properties, kinks, notes. */
export function info(spec: SpecInput, params?: GivenParams): InfoFacts {
  return descriptionJson(describeSpec(toSpec(spec, params)));
}
