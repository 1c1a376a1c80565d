/** Finding catalog entries by name or alias, and suggesting the closest names on a miss. */
import type { Activation } from '../core/define.js';
import { activations } from './index.js';

/** Names match case-insensitively, with - and _ (and their absence) alike: leaky-relu, LeakyReLU. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

let index: Map<string, Activation> | undefined;

function byName(): Map<string, Activation> {
  if (index) return index;
  index = new Map();
  for (const a of activations) for (const n of [a.name, ...a.aliases]) index.set(normalizeName(n), a);
  return index;
}

export function findActivation(name: string): Activation | undefined {
  return byName().get(normalizeName(name));
}

/** Every name and alias, canonical names first. */
export function allNames(): string[] {
  return [...activations.map((a) => a.name), ...activations.flatMap((a) => a.aliases)];
}

/** Levenshtein distance, for suggestions. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** The candidates closest to `word`, by edit distance (a shared start counts as close), best first. */
export function closest(word: string, candidates: readonly string[], most = 3): string[] {
  const w = normalizeName(word);
  const limit = Math.max(2, Math.floor(w.length / 3));
  return candidates
    .map((c) => {
      const n = normalizeName(c);
      if (w.length >= 2 && (n.startsWith(w) || w.startsWith(n))) return { c, d: w === n ? 0 : 1 };
      // the distance is at least the difference in length: a long word skips the O(|w|·|n|) work
      return { c, d: Math.abs(w.length - n.length) > limit ? Infinity : editDistance(w, n) };
    })
    .filter(({ d }) => d <= limit)
    .sort((x, y) => x.d - y.d)
    .map(({ c }) => c)
    .filter((c, i, all) => all.indexOf(c) === i)
    .slice(0, most);
}

/** The catalog entries whose name or an alias is closest to `word`, by canonical name. */
export function suggestActivations(word: string, most = 3): string[] {
  const names = closest(word, allNames(), 50).map((n) => findActivation(n)?.name ?? n);
  return names.filter((n, i) => names.indexOf(n) === i).slice(0, most);
}
