/**
 * vega-expression as vega-functions sees it (scripts/build.mjs points its import here): the same
 * module, with parseExpression remembering the syntax tree of each text it parsed. A chart repeats
 * its expressions (an axis's, a legend's), and the charts of one `act batch` repeat each other's,
 * whose parse is a fifth of vega's. A tree is only read after its parse (vega's code generator and
 * its interpreter walk it, neither writes to it), so one tree serves every use of its text.
 */
import { parseExpression as parseText } from 'vega-expression';

export * from 'vega-expression';

/** Texts remembered at most, which bounds the memory of a long-lived process drawing chart after chart. */
const MAX_TREES = 4096;
const trees = new Map<string, ReturnType<typeof parseText>>();

export function parseExpression(text: string): ReturnType<typeof parseText> {
  let tree = trees.get(text);
  if (tree === undefined) {
    tree = parseText(text); // a text that does not parse throws, and is not remembered
    if (trees.size >= MAX_TREES) trees.clear();
    trees.set(text, tree);
  }
  return tree;
}
