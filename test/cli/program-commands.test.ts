/** buildProgram declares only the command a run names; that command is the same as in the whole program. */
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/command-names.js';
import { buildProgram } from '../../src/cli/program.js';

const described = (c: ReturnType<typeof buildProgram>) => ({
  name: c.name(),
  options: c.options.map((o) => [o.flags, o.description, o.defaultValue]),
  arguments: c.registeredArguments.map((a) => [a.name(), a.required, a.variadic]),
  help: c.helpInformation(),
});

describe('buildProgram', () => {
  it('declares every command without a command word, for a word that names none, and for help and completion', () => {
    for (const word of [undefined, 'plto', '--help', '--debug', 'help', 'completion']) {
      expect(buildProgram(word).commands.map((c) => c.name()), String(word)).toEqual(COMMAND_NAMES);
    }
  });

  it('declares the named command alone, as the whole program declares it, beside the same program options', () => {
    const whole = buildProgram();
    for (const name of COMMAND_NAMES.filter((n) => n !== 'help' && n !== 'completion')) {
      const program = buildProgram(name);
      expect(program.commands.map((c) => c.name())).toEqual([name]);
      expect(described(program.commands[0])).toEqual(described(whole.commands.find((c) => c.name() === name)!));
      expect(program.options.map((o) => o.flags)).toEqual(whole.options.map((o) => o.flags));
    }
  });
});
