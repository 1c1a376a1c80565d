/** `act batch [FILE|-]`: many act command lines in one process, which loads modules, fonts and vega once. */
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

/**
 * The program a line runs in: act's own, except that its batch command refuses to run. A line
 * `batch FILE` would run that file's lines here, and a file that names itself (or two that name
 * each other) would never end.
 */
const lineProgram = (buildProgram: (commandWord?: string) => Command) => (commandWord?: string): Command => {
  const program = buildProgram(commandWord);
  program.commands
    .find((c) => c.name() === 'batch')
    ?.action(() => {
      throw new UsageError('act batch cannot run inside act batch: put the lines in this script, or run the other script with its own act batch');
    });
  return program;
};

export async function runBatch(file: string | undefined, options: BatchOptions, buildProgram: (commandWord?: string) => Command): Promise<void> {
  const lines = batchLines(await readScript(file ?? '-'));
  const program = lineProgram(buildProgram);
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
