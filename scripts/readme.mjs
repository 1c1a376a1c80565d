// The generated blocks of README.md: each is the output of the act command named in its opening
// marker, `<!-- generated: act ARGS -->` ... `<!-- end generated -->`. Markdown output (--format md)
// goes in as it is, anything else in a ```text fence. Shared by scripts/readme-table.mjs, which
// rewrites the blocks, and test/readme.test.ts, which checks that they are current.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/act', import.meta.url));
const BLOCK = /(<!-- generated: act ([^>]*?) -->\n)([\s\S]*?)(<!-- end generated -->)/g;

/** What the block for `act ARGS` should hold. */
export function blockContent(args) {
  const argv = args.trim().split(/\s+/);
  const out = execFileSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return argv.includes('md') && argv[argv.indexOf('md') - 1] === '--format' ? out : `\`\`\`text\n${out}\`\`\`\n`;
}

/** Every generated block of the README text: its command, what it holds, and what it should hold. */
export function generatedBlocks(readme) {
  return [...readme.matchAll(BLOCK)].map((m) => ({ args: m[2], current: m[3], wanted: blockContent(m[2]) }));
}

/** The README text with every generated block brought up to date. */
export function regenerate(readme) {
  return readme.replace(BLOCK, (_all, open, args, _current, close) => `${open}${blockContent(args)}${close}`);
}
