import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { chartSize, colorWanted } from '../../src/cli/terminal.js';

const pipe = { isTTY: false };
const tty = { isTTY: true, columns: 132, rows: 50 };

describe('chartSize', () => {
  it('is a fixed 80x24 when nothing says otherwise', () => {
    expect(chartSize({}, pipe, {})).toEqual({ width: 80, height: 24 });
  });

  it('takes --width, then COLUMNS, then the terminal; the height from --height or the terminal', () => {
    expect(chartSize({ width: 100 }, tty, { COLUMNS: '90' })).toEqual({ width: 100, height: 49 });
    expect(chartSize({}, tty, { COLUMNS: '90' })).toEqual({ width: 90, height: 45 });
    expect(chartSize({}, tty, {})).toEqual({ width: 132, height: 49 });
    expect(chartSize({}, { isTTY: true, columns: 70, rows: 15 }, {})).toEqual({ width: 70, height: 14 });
    expect(chartSize({ height: 40 }, { isTTY: true, columns: 70, rows: 15 }, {})).toEqual({ width: 70, height: 40 });
    expect(chartSize({}, pipe, { COLUMNS: 'wide' })).toEqual({ width: 80, height: 24 });
  });

  it('on a terminal, fills its height less a row for the prompt, up to a square chart', () => {
    expect(chartSize({}, { isTTY: true, columns: 120, rows: 40 }, {})).toEqual({ width: 120, height: 39 });
    expect(chartSize({}, { isTTY: true, columns: 200, rows: 60 }, {})).toEqual({ width: 200, height: 59 });
    // 80 columns and 60 rows: 40 rows make it square (a cell is twice as tall as wide)
    expect(chartSize({}, { isTTY: true, columns: 80, rows: 60 }, {})).toEqual({ width: 80, height: 40 });
    // a narrow terminal still gets the usual 24 rows where it has them
    expect(chartSize({}, { isTTY: true, columns: 40, rows: 60 }, {})).toEqual({ width: 40, height: 24 });
    expect(chartSize({}, { isTTY: true, columns: 80, rows: 24 }, {})).toEqual({ width: 80, height: 23 });
  });

  it('refuses an explicit --width or --height out of range, naming the option', () => {
    expect(() => chartSize({ width: 19 }, pipe, {})).toThrow(UsageError);
    expect(() => chartSize({ width: 1001 }, tty, {})).toThrow(/--width must be a whole number of columns from 20 to 1000/);
    expect(() => chartSize({ height: 4 }, pipe, {})).toThrow(/--height must be a whole number of rows from 5/);
    expect(() => chartSize({ height: 100_000 }, pipe, {})).toThrow(/--height must be a whole number of rows from 5 to 1000 .*got 100000/);
  });

  it('clamps sizes from COLUMNS and the terminal into the range: they are no mistake of the caller', () => {
    for (const [columns, width] of [['10', 20], ['1', 20], ['1200', 1000], ['100000', 1000], ['99999999999999999999', 1000], [' 150 ', 150]] as const) {
      expect(chartSize({}, pipe, { COLUMNS: columns })).toEqual({ width, height: 24 });
    }
    // COLUMNS=0, empty or not a number: as if unset
    // (a 132x50 terminal: its 49 rows below the prompt, within a square chart's 66)
    for (const columns of ['0', '', 'abc', '-5', '1e3', '12.5']) expect(chartSize({}, tty, { COLUMNS: columns })).toEqual({ width: 132, height: 49 });
    expect(chartSize({}, { isTTY: true, columns: 12, rows: 3 }, {})).toEqual({ width: 20, height: 5 });
    // 1000 columns: up to 500 rows make a square chart; the terminal has 399 below the prompt
    expect(chartSize({}, { isTTY: true, columns: 1200, rows: 400 }, {})).toEqual({ width: 1000, height: 399 });
    expect(chartSize({ width: 50 }, pipe, { COLUMNS: '100000' })).toEqual({ width: 50, height: 24 });
  });
});

describe('colorWanted', () => {
  it('follows --color and --no-color first', () => {
    expect(colorWanted(true, pipe, { NO_COLOR: '1' })).toBe(true);
    expect(colorWanted(false, tty, { FORCE_COLOR: '1' })).toBe(false);
  });

  it('is on exactly on a terminal, unless NO_COLOR or TERM=dumb; FORCE_COLOR forces it', () => {
    expect(colorWanted(undefined, tty, {})).toBe(true);
    expect(colorWanted(undefined, pipe, {})).toBe(false);
    expect(colorWanted(undefined, tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted(undefined, tty, { NO_COLOR: '' })).toBe(true);
    expect(colorWanted(undefined, tty, { TERM: 'dumb' })).toBe(false);
    expect(colorWanted(undefined, pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorWanted(undefined, tty, { FORCE_COLOR: '0' })).toBe(false);
  });
});
