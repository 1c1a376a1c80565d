/**
 * act's commands, in the order the help lists them. Its own file so that the entry (start.ts),
 * which names the code cache after the command, gets the list without loading the program.
 */
export const COMMAND_NAMES: readonly string[] = ['eval', 'list', 'plot', 'info', 'table', 'gradient', 'batch', 'doctor', 'completion', 'help'];
