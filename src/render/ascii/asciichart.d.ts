/**
 * The part of asciichart 1.5.25 (a CommonJS module without bundled types) that act uses. Declared
 * here rather than through @types/asciichart, whose default export is typed as a colour string.
 */
declare module 'asciichart' {
  interface PlotConfig {
    min?: number;
    max?: number;
    height?: number;
    offset?: number;
    padding?: string;
    colors?: (string | undefined)[];
    /** ┼ ┤ ╶ ╴ ─ ╰ ╭ ╮ ╯ │: axis at 0, axis, (unused), (unused), level, down-lower, up-upper, down-upper, up-lower, vertical. */
    symbols?: readonly string[];
    format?: (value: number, row: number) => string;
  }
  interface Asciichart {
    plot(series: readonly number[] | readonly (readonly number[])[], cfg?: PlotConfig): string;
    colored(char: string, color: string | undefined): string;
    readonly reset: string;
    readonly darkgray: string;
    readonly lightblue: string;
    readonly lightred: string;
    readonly lightgreen: string;
    readonly lightmagenta: string;
    readonly lightyellow: string;
    readonly lightcyan: string;
    readonly blue: string;
    readonly red: string;
    readonly green: string;
    readonly magenta: string;
    readonly yellow: string;
    readonly cyan: string;
  }
  const asciichart: Asciichart;
  export default asciichart;
}
