/**
 * What the CLI loads for --dtype, as one bundle of its own (dist/commands/dtype.cjs, see
 * scripts/build.mjs): the commands import these modules dynamically, and a run without --dtype
 * reads none of it.
 */
export { inDtype, torchFormula } from './view.js';
export { dtypeTable } from './eval-table.js';
export { precisionFacts } from './precision-facts.js';
export { precisionSection } from './precision-text.js';
export { networkActivation } from './network.js';
