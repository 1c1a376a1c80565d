/** Parsing and bounds of the experiment's options. */
import { UsageError } from '../core/errors.js';
import { parseNumber } from '../core/spec.js';
import { experimentBytes, type Init, type NetworkShape } from './network.js';

export const GRADIENT_DEFAULTS = { depth: 50, width: 256, batch: 64, init: 'xavier', seed: 1 } as const;

/**
 * Bounds of the network's size, of its memory (bytes of weights and activations, see
 * experimentBytes), and of the total work of a run (activations × depth × width² × batch
 * multiply-adds, ~1 s per 2e8 here).
 */
export const GRADIENT_LIMITS = { depth: 1000, width: 2048, batch: 2048, memory: 512 * (1 << 20), work: 1e10 } as const;

// a Map, not an object: --init constructor or __proto__ must not find Object.prototype's members
const ALIASES: ReadonlyMap<string, Init> = new Map<string, Init>([
  ['xavier', { kind: 'xavier' }],
  ['glorot', { kind: 'xavier' }],
  ['he', { kind: 'he' }],
  ['kaiming', { kind: 'he' }],
  ['lecun', { kind: 'lecun' }],
]);

/** What --init takes, as completion offers it (glorot and kaiming are accepted too, as aliases). */
export const INIT_SCHEMES = ['xavier', 'he', 'lecun', 'normal:'] as const;

/** xavier (glorot), he (kaiming), lecun, or normal:STD with STD > 0. */
export function parseInit(text: string): Init {
  const t = text.trim().toLowerCase();
  const named = ALIASES.get(t);
  if (named) return named;
  const m = /^normal:(.*)$/.exec(t);
  const std = m ? parseNumber(m[1]) : undefined;
  if (std !== undefined && std > 0 && Number.isFinite(std)) return { kind: 'normal', std };
  throw new UsageError(`--init must be xavier, he, lecun or normal:STD (STD > 0), got "${text}"`);
}

export function initName(init: Init): string {
  return init.kind === 'normal' ? `normal:${init.std}` : init.kind;
}

const MB = 1 << 20;

/**
 * The shape, refused when one experiment would hold more than GRADIENT_LIMITS.memory bytes, or all
 * of them (one per activation, run one after another) would do more than GRADIENT_LIMITS.work
 * multiply-adds in all.
 */
export function checkedShape(shape: NetworkShape, experiments = 1): NetworkShape {
  const bytes = experimentBytes(shape);
  if (bytes > GRADIENT_LIMITS.memory) {
    throw new UsageError(
      `the network needs ${Math.ceil(bytes / MB)} MB (weights depth × width², and activations 2 × depth × batch × width, as float64); at most ${GRADIENT_LIMITS.memory / MB} MB: lower --depth, --width or --batch`,
    );
  }
  const work = experiments * shape.depth * shape.width * shape.width * shape.batch;
  if (work > GRADIENT_LIMITS.work) {
    const count = experiments > 1 ? `${experiments} activations × ` : '';
    throw new UsageError(`${count}depth × width² × batch must be at most ${GRADIENT_LIMITS.work.toExponential(0)} in all (about a minute of work), got ${work.toExponential(2)}`);
  }
  return shape;
}
