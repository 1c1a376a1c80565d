/** `act batch [FILE|-]`: many act command lines in one process, which loads modules, fonts and vega once. */
import { fstatSync, statSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { Command } from 'commander';
import { RuntimeError, UsageError } from '../../core/errors.js';
import { markStdinConsumed, openInput } from '../../io/input-source.js';
import { readBoundedText } from '../../io/read-text.js';
import { batchLines } from '../batch-script.js';
import { runLine } from '../batch-line.js';

export interface BatchOptions {
  failFast?: boolean;
}

/** The whole script, read before any line runs (a line may read stdin only when the script is a file). */
async function readScript(file: string): Promise<string> {
  if (file === '-' && isatty(0)) throw new UsageError('act batch reads its lines from FILE or from a pipe (act batch < lines.txt), not from a terminal');
  // bounded as x values are: a line of 1 MB, a NUL byte is binary data; and 16 MB in all
  const text = await readBoundedText(openInput(file), { maxBytes: 16 << 20, what: 'the script' });
  // its lines do not read stdin again (act eval relu, act plot gelu): it is spent
  if (file === '-') markStdinConsumed();
  return text;
}

/** A script's identity: its file's device and inode (a link to it is the same script), or stdin's. */
function scriptId(file: string): string | undefined {
  try {
    const s = file === '-' ? fstatSync(0) : statSync(file);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined; // reading it says why
  }
}

type ProgramBuilder = (commandWord?: string) => Command;

/**
 * The program a line runs in: act's own, whose batch command knows the scripts running around it.
 * A line may run another script (batch inner.txt), not one that is running: a script that runs
 * itself, or two that run each other, would never end.
 */
const lineProgram = (buildProgram: ProgramBuilder, running: readonly string[]) => (commandWord?: string): Command => {
  const program = buildProgram(commandWord);
  program.commands.find((c) => c.name() === 'batch')?.action(async (file: string | undefined, options: BatchOptions) => runBatch(file, options, buildProgram, running));
  return program;
};

/** Runs the script's lines; `running` holds the scripts whose lines run this one (see lineProgram). */
export async function runBatch(file: string | undefined, options: BatchOptions, buildProgram: ProgramBuilder, running: readonly string[] = []): Promise<void> {
  const id = scriptId(file ?? '-');
  if (id !== undefined && running.includes(id)) throw new UsageError(`${file ?? 'stdin'} is running already: a batch script that runs itself would never end`);
  const lines = batchLines(await readScript(file ?? '-'));
  const program = lineProgram(buildProgram, id === undefined ? running : [...running, id]);
  let failed = 0;
  for (const l of lines) {
    let code: number;
    if ('error' in l) {
      process.stderr.write(`act: line ${l.line}: ${l.error}\n`);
      code = 2;
    } else {
      code = await runLine(l.words, l.line, program);
    }
    if (code === 0) continue;
    failed++;
    if (options.failFast) throw new RuntimeError(`stopped at line ${l.line} (--fail-fast)`);
  }
  if (failed > 0) throw new RuntimeError(`${failed} of ${lines.length} lines failed`);
}
