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

  it('refuses what is too small to draw, naming the option and where the size came from', () => {
    expect(() => chartSize({ width: 19 }, pipe, {})).toThrow(UsageError);
    expect(() => chartSize({ height: 4 }, pipe, {})).toThrow(/--height must be a whole number of rows from 5/);
    expect(() => chartSize({}, pipe, { COLUMNS: '10' })).toThrow(/--width .*got 10 from COLUMNS/);
    expect(() => chartSize({}, { isTTY: true, columns: 12 }, {})).toThrow(/got 12 from the terminal/);
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
