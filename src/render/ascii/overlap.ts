/**
 * Which series shows in a cell that several series cover. Each series is drawn apart (its cells),
 * then the cells are shared out a column at a time so that no curve vanishes from a column while
 * it has a cell there: by default the later series is on top (as a plot is painted), but a series
 * that would otherwise show nowhere in the column takes a cell whose owner has another one to
 * show; where two series have only that one cell (two flat lines on one row), they take it in
 * turn, tie after tie from left to right, so that both stay visible along the stretch. UnicodePlots.jl blends the
 * colours of such a cell; a terminal cell has one character and one colour, so here one series
 * wins it, chosen so that each keeps a mark in every column it reaches.
 */

/** A series' cells: cell index (row * width + column) to what it draws there. */
export type SeriesCells<T> = ReadonlyMap<number, T>;

/** The series (index into `layers`) that shows in each covered cell. */
export function cellOwners<T>(layers: readonly SeriesCells<T>[], width: number): Map<number, number> {
  // the series covering each cell, in drawing order, gathered by column
  const covering = new Map<number, number[]>();
  const columns = new Map<number, number[]>();
  layers.forEach((cells, k) => {
    for (const cell of cells.keys()) {
      const list = covering.get(cell);
      if (list) list.push(k);
      else {
        covering.set(cell, [k]);
        const column = cell % width;
        const inColumn = columns.get(column);
        if (inColumn) inColumn.push(cell);
        else columns.set(column, [cell]);
      }
    }
  });
  const owner = new Map<number, number>();
  const turns = new Map<string, number>(); // ties so far between the same series
  for (const column of [...columns.keys()].sort((a, b) => a - b)) shareColumn(columns.get(column)!, covering, turns, owner);
  return owner;
}

/** One column's cells shared out (see the file's comment); writes `owner`. */
function shareColumn(cells: readonly number[], covering: ReadonlyMap<number, readonly number[]>, turns: Map<string, number>, owner: Map<number, number>): void {
  const shown = new Map<number, number>(); // series -> cells it owns in this column
  const add = (k: number, n: number): void => void shown.set(k, (shown.get(k) ?? 0) + n);
  for (const cell of cells) {
    const list = covering.get(cell)!;
    owner.set(cell, list[list.length - 1]);
    add(list[list.length - 1], 1);
    for (const k of list) add(k, 0);
  }
  const hidden = (): number[] => [...shown].filter(([, n]) => n === 0).map(([k]) => k).sort((a, b) => a - b);
  // a hidden series takes a cell whose owner shows elsewhere in the column
  for (const k of hidden()) {
    const cell = cells.find((c) => covering.get(c)!.includes(k) && shown.get(owner.get(c)!)! >= 2);
    if (cell === undefined) continue;
    add(owner.get(cell)!, -1);
    owner.set(cell, k);
    add(k, 1);
  }
  // the rest tie: in each of their cells, every series with no other cell here takes it in turn
  const left = new Set(hidden());
  if (left.size === 0) return;
  for (const cell of cells) {
    const holder = owner.get(cell)!;
    const rivals = covering.get(cell)!.filter((k) => left.has(k) || (k === holder && shown.get(k) === 1));
    if (rivals.length < 2 || !rivals.some((k) => left.has(k))) continue;
    const key = rivals.join(' ');
    const turn = turns.get(key) ?? 0;
    turns.set(key, turn + 1);
    const winner = rivals[turn % rivals.length];
    if (winner === holder) continue;
    add(holder, -1);
    owner.set(cell, winner);
    add(winner, 1);
    left.delete(winner);
    left.add(holder);
  }
}
