/**
 * Labels made distinct, the same way in every output (terminal legend, image legend, facet
 * titles, CSV header): a repeated label (act plot relu relu) gets " #2", " #3"... in order.
 */
export function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(labels);
  return labels.map((label) => {
    let n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n === 1) return label;
    // "relu #2" given as a label of its own elsewhere in the list: the next free number
    while (taken.has(`${label} #${n}`)) n++;
    seen.set(label, n);
    taken.add(`${label} #${n}`);
    return `${label} #${n}`;
  });
}
