/** Parsing and bounds of the experiment's options. */
import { UsageError } from '../core/errors.js';
import { parseNumber } from '../core/spec.js';
import type { Init, NetworkShape } from './network.js';

export const GRADIENT_DEFAULTS = { depth: 50, width: 256, batch: 64, init: 'xavier', seed: 1 } as const;

/** Bounds of the network's size, and of its total work (depth × width² × batch multiply-adds, ~1 s per 2e8 here). */
export const GRADIENT_LIMITS = { depth: 1000, width: 2048, batch: 2048, work: 1e10 } as const;

const ALIASES: Record<string, Init> = {
  xavier: { kind: 'xavier' },
  glorot: { kind: 'xavier' },
  he: { kind: 'he' },
  kaiming: { kind: 'he' },
  lecun: { kind: 'lecun' },
};

/** xavier (glorot), he (kaiming), lecun, or normal:STD with STD > 0. */
export function parseInit(text: string): Init {
  const t = text.trim().toLowerCase();
  if (ALIASES[t]) return ALIASES[t];
  const m = /^normal:(.*)$/.exec(t);
  const std = m ? parseNumber(m[1]) : undefined;
  if (std !== undefined && std > 0 && Number.isFinite(std)) return { kind: 'normal', std };
  throw new UsageError(`--init must be xavier, he, lecun or normal:STD (STD > 0), got "${text}"`);
}

export function initName(init: Init): string {
  return init.kind === 'normal' ? `normal:${init.std}` : init.kind;
}

export function checkedShape(shape: NetworkShape): NetworkShape {
  const work = shape.depth * shape.width * shape.width * shape.batch;
  if (work > GRADIENT_LIMITS.work) {
    throw new UsageError(`depth × width² × batch must be at most ${GRADIENT_LIMITS.work.toExponential(0)} (about a minute of work), got ${work.toExponential(2)}`);
  }
  return shape;
}
