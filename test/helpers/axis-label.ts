/** The value a tick label stands for, with its axis' multiplier (×1e-10) and offset (+1e15) applied. */
export function labelValue(label: string, note: string): number {
  let v = Number(label);
  const times = /×1e(-?\d+)/.exec(note);
  if (times) v *= Number(`1e${times[1]}`);
  const offset = /([+-])(\S+)$/.exec(note.replace(/×1e-?\d+/, '').trim());
  if (offset) v += (offset[1] === '-' ? -1 : 1) * Number(offset[2]);
  return v;
}
