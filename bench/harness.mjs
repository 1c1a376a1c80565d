/**
 * The in-process timing loop, shared by every kernel benchmark (bench/numpy_kernels.py mirrors
 * it): warm up until the JIT has settled, then time many calls and keep the median.
 */

/** Times `run()` (one pass over `points` values); returns ns per point: median, min and samples. */
export function measure(run, points, { warmupMs = 150, warmupCalls = 20, sampleMs = 300, samples = 25 } = {}) {
  const now = () => Number(process.hrtime.bigint());
  const warmEnd = now() + warmupMs * 1e6;
  for (let i = 0; i < warmupCalls || now() < warmEnd; i++) run();
  const times = [];
  const end = now() + sampleMs * 1e6;
  while (times.length < samples || now() < end) {
    const t0 = now();
    run();
    times.push((now() - t0) / points);
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], min: times[0], samples: times.length };
}
