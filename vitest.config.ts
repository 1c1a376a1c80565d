import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Users' Node has no NODE_EXTRA_CA_CERTS; where it is set (as on some CI machines) every spawned
// act would read a certificate bundle first (about 40 ms, times some 500 processes).
delete process.env.NODE_EXTRA_CA_CERTS;

/**
 * The slow test files, in one place: `npm test` leaves them out, `npm run test:slow` runs only
 * them, `npm run test:all` runs both. Each is here for a reason measured with vitest's durations:
 * many spawned act processes (images through vega and resvg, the hostile inputs, the README's and
 * the examples' commands), tsc run on a consumer project, or dense numeric scans. A new slow file
 * can also simply live under test/slow/.
 */
export const SLOW_TESTS = [
  'test/slow/**/*.test.ts',
  'test/cli/plot-image.test.ts', // ~25 image renders, each its own process
  'test/cli/plot-pdf.test.ts', // PDF and PNG renders, rasterised again by poppler
  'test/library.test.ts', // packs the library, runs tsc on a consumer project
  'test/cli/hostile.test.ts', // ~100 processes fed hostile input
  'test/readme-commands.test.ts', // every command in the README, through bash
  'test/examples.test.ts', // the example scripts (many processes each)
  'test/info/declared-ranges.test.ts', // dense numeric scan of every stated range
  'test/info/declared-properties.test.ts', // dense numeric scan of every stated property
  'test/render/vega-template.test.ts', // vega-lite compiles of 96 chart kinds
  'test/io/shortest.test.ts', // millions of random doubles
  'test/expr/fuzz.test.ts', // fuzzed expressions, some through spawned processes
  'test/cli/gradient.test.ts', // ~30 runs of the gradient experiment, images among them
  'test/cli/completion.test.ts', // completion scripts run in real bash, zsh and fish
  'test/cli/plot-html.test.ts', // HTML pages, each its own process with the vega runtime inlined
  'test/cli/startup.test.ts', // which modules each command loads, traced through many processes
  'test/cli/dtype.test.ts', // --dtype through every command, in processes
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // beforeAll hooks spawn act too (test/cli/plot-image.test.ts): vitest's 10 s default is
    // tighter than any test's on a loaded 2-core machine
    hookTimeout: 30_000,
    // A worker per core, where vitest's default leaves one core to itself (one worker on two cores):
    // most test time is a worker waiting on a spawned act, whose work the other core can overlap.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'quick',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW_TESTS],
          // these files share one module registry per worker instead of re-importing act for
          // each file (about a third of their time); none of them mocks modules or keeps globals
          isolate: false,
        },
      },
      { extends: true, test: { name: 'slow', include: SLOW_TESTS } },
    ],
  },
});
