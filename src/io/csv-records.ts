/**
 * Text chunks to CSV records (RFC 4180): a record ends at a line break outside quotes, so a quoted
 * field may hold line breaks. Each chunk is scanned once (only its new characters), a record is
 * capped in length, and a NUL character stops the input at once as binary data: memory stays flat
 * and time linear whatever the input holds.
 */
import { RuntimeError } from '../core/errors.js';

/** The longest record accepted, in characters (about bytes: act's input is ASCII numbers). */
export const MAX_RECORD = 1 << 20;

/** A record with the number of the line (1-based) where it starts. */
export type RecordSink = (record: string, line: number) => void;

export class CsvRecords {
  /** The start of an unfinished record, in pieces (joined once, when it ends). */
  private parts: string[] = [];
  private length = 0;
  /** Whether the unfinished record is inside a quoted field (an odd number of quotes so far). */
  private quoted = false;
  /** Line breaks seen so far; the current line is lines + 1. */
  private lines = 0;
  /** The line where the unfinished record starts. */
  private start = 1;

  constructor(private readonly maxRecord = MAX_RECORD) {}

  /** Feeds decoded text; calls sink for each record it completes. */
  push(text: string, sink: RecordSink): void {
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      let line = this.lines + 1;
      for (let i = text.indexOf('\n'); i >= 0 && i < nul; i = text.indexOf('\n', i + 1)) line++;
      throw new RuntimeError(`line ${line}: binary data (a NUL byte), not text`);
    }
    let quote = text.indexOf('"'); // the next quote at or after `from`, or -1
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      this.lines++;
      let quotes = 0;
      for (; quote >= 0 && quote < nl; quote = text.indexOf('"', quote + 1)) quotes++;
      if (this.length === 0 && quotes === 0) {
        // the common case, a whole line of plain fields: no copy beyond the slice
        if (nl - from > this.maxRecord) throw this.tooLong();
        sink(text.slice(from, nl), this.lines);
      } else {
        this.add(text.slice(from, nl + 1), quotes);
        if (!this.quoted) sink(this.take(1), this.start);
      }
      from = nl + 1;
      if (!this.quoted) this.start = this.lines + 1;
    }
    if (from < text.length) {
      let quotes = 0;
      for (; quote >= 0; quote = text.indexOf('"', quote + 1)) quotes++;
      this.add(from === 0 ? text : text.slice(from), quotes);
    }
  }

  /** Ends the input: calls sink for a last record without a line break. */
  end(sink: RecordSink): void {
    if (this.quoted) throw new RuntimeError(`line ${this.start}: unterminated quote (a quoted field has no closing ")`);
    if (this.length > 0) sink(this.take(0), this.start);
  }

  /** Appends a piece holding `quotes` double quotes to the unfinished record, refusing one that grows too long. */
  private add(piece: string, quotes: number): void {
    if (this.length + piece.length > this.maxRecord + (piece.endsWith('\n') ? 1 : 0)) throw this.tooLong();
    if (quotes % 2 === 1) this.quoted = !this.quoted;
    this.parts.push(piece);
    this.length += piece.length;
  }

  private tooLong(): RuntimeError {
    if (this.quoted) return new RuntimeError(`line ${this.start}: unterminated quote (a quoted field runs on for more than 1 MB)`);
    return new RuntimeError(`line ${this.start}: longer than 1 MB`);
  }

  /** The unfinished record as one string, without its last `drop` characters (the line break). */
  private take(drop: number): string {
    const whole = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    this.length = 0;
    return drop ? whole.slice(0, whole.length - drop) : whole;
  }
}

/**
 * A record as act eval and act plot read it: without the UTF-8 byte-order mark that may open the
 * input, or the CR of a CRLF line end; undefined for a blank record, which both skip.
 */
export function recordText(record: string, line: number): string | undefined {
  let text = record;
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.endsWith('\r')) text = text.slice(0, -1);
  return text.trim() === '' ? undefined : text;
}
