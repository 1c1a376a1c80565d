/**
 * `npm run bench`: act's benchmarks, side by side with numpy/scipy, matplotlib and gnuplot where
 * they are installed, printed as tables with ratios. Measures; asserts nothing.
 *
 *   node bench/run.mjs [--quick] [--only kernels,process,memory] [--points N] [--rounds R] [--json FILE]
 *
 * Kernels run in-process (bench/kernels.mjs, one process per function; numpy in
 * bench/numpy_kernels.py with the same loop). Whole processes run interleaved, round robin
 * (runProcesses), without NODE_EXTRA_CA_CERTS.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activations, defaultParams } from '../dist/index.js';
import { memoryJobs, timingJobs } from './jobs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const quick = flag('--quick') || process.env.BENCH_QUICK === '1';
const only = new Set(value('--only', 'kernels,process,memory').split(','));
const points = Number(value('--points', '100000'));
const jsonFile = value('--json', undefined);
const scratch = mkdtempSync(join(tmpdir(), 'act-bench-'));
const results = { machine: machine(), kernels: [], process: [], memory: [] };
// Users' Node has no NODE_EXTRA_CA_CERTS (this machine sets it; it adds about 40 ms to each start).
const jobEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));
// act's V8 code caches in a folder of the bench's own, made by the warm-up round: another checkout of
// act run meanwhile (its tests, on a shared machine) would replace those in the user's cache folder,
// and the next job would compile its bundles again.
jobEnv.ACT_CACHE_DIR ??= join(scratch, 'code-cache');
// The renderer act's PNGs go through: node-canvas where it is installed, else resvg.
const pngRenderer = await import('canvas').then(
  () => 'node-canvas (cairo)',
  () => 'resvg (node-canvas is not installed)',
);

// ---------------------------------------------------------------- tools

function sh(command, options = {}) {
  return spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, ...options });
}

function which(tool) {
  return sh(`command -v ${tool}`).status === 0;
}

/** The first python that imports all of `modules`, or undefined. */
function pythonWith(modules) {
  for (const py of ['python3', '/usr/bin/python3', 'python']) {
    if (sh(`${py} -c "import ${modules.join(', ')}" 2>/dev/null`).status === 0) return py;
  }
  return undefined;
}

const tools = {
  gnuplot: which('gnuplot'),
  time: sh('test -x /usr/bin/time').status === 0,
  bash: which('bash'),
  python: pythonWith(['numpy', 'scipy.special']),
  matplotlib: pythonWith(['numpy', 'scipy.special', 'matplotlib']),
};

function machine() {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const nproc = (() => {
    try {
      return execFileSync('nproc', { encoding: 'utf8' }).trim();
    } catch {
      return String(cpus().length);
    }
  })();
  return { cpu: model, nproc, node: process.version, platform: `${process.platform} ${process.arch}` };
}

function versionOf(command) {
  const r = sh(`${command} 2>&1`);
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : undefined;
}

// ---------------------------------------------------------------- printing

const fmt = (x, digits = 1) => (x === undefined || Number.isNaN(x) ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(digits));

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log();
}

// ---------------------------------------------------------------- kernels

function runKernels() {
  console.log(`## Kernels: ns per point over a Float64Array of ${points} points on [-10, 10] (median)\n`);
  const act = new Map();
  for (const a of activations) {
    const r = spawnSync(process.execPath, [join(root, 'bench/kernels.mjs'), String(points), a.name], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, BENCH_QUICK: quick ? '1' : '0' },
    });
    if (r.status !== 0) {
      console.log(`act ${a.name}: failed: ${r.stderr.trim().split('\n')[0]}`);
      continue;
    }
    const row = JSON.parse(r.stdout.trim());
    act.set(a.name, row);
  }
  let numpy = {};
  if (tools.python) {
    const params = Object.fromEntries(activations.map((a) => [a.name, defaultParams(a)]));
    const r = spawnSync(tools.python, [join(root, 'bench/numpy_kernels.py'), String(points), ...(quick ? ['--quick'] : [])], {
      cwd: root,
      encoding: 'utf8',
      input: JSON.stringify(params),
    });
    if (r.status === 0) numpy = JSON.parse(r.stdout);
    else console.log(`numpy kernels failed: ${r.stderr.trim().split('\n').pop()}\n`);
  } else console.log('numpy/scipy not installed: no side-by-side kernel figures (Debian: python3-numpy python3-scipy)\n');

  const rows = [];
  let fMet = 0;
  let dfMet = 0;
  let compared = 0;
  for (const a of activations) {
    const j = act.get(a.name);
    const n = numpy[a.name];
    const ratio = (mine, theirs) => (mine !== undefined && theirs !== undefined ? mine / theirs : undefined);
    const rf = ratio(j?.f.median, n?.f);
    const rdf = ratio(j?.df.median, n?.df);
    if (rf !== undefined && rdf !== undefined) {
      compared++;
      if (rf <= 1) fMet++;
      if (rdf <= 1) dfMet++;
    }
    rows.push([a.name, fmt(j?.f.median), fmt(n?.f), fmt(rf, 2), fmt(j?.df.median), fmt(n?.df), fmt(rdf, 2)]);
    results.kernels.push({ name: a.name, act: j, numpy: n });
  }
  table(['function', "act f", 'numpy f', 'ratio', "act f'", "numpy f'", 'ratio'], rows);
  if (compared) console.log(`target 4 (ratio <= 1): f met for ${fMet} of ${compared}, f' for ${dfMet} of ${compared}\n`);
}

// ---------------------------------------------------------------- whole processes

function expand(command) {
  return command
    .replaceAll('$ACT', 'bin/act')
    .replaceAll('$PY', tools.python ?? 'python3')
    .replaceAll('$MPL', tools.matplotlib ?? 'python3')
    .replaceAll('$OUT', scratch);
}

/** Why a job cannot run here, or undefined when it can (after one trial run). */
function unavailable(job) {
  for (const need of job.needs ?? []) if (!tools[need]) return `${need} not installed`;
  const r = sh(`${expand(job.command)} > /dev/null`, { timeout: 120_000, env: jobEnv });
  if (r.error) return r.error.message;
  if (r.status !== 0) return `exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0].slice(0, 48)}`;
  return undefined;
}

/**
 * One run of a shell command, its stdout to /dev/null: wall time and CPU time (user + system, of
 * the command and every process it waited for) in ms. With bash, both are taken inside the shell
 * ($EPOCHREALTIME around the command, then `times`), leaving out the shell's own start; CPU time
 * is what a load from other processes changes least. Without bash, wall time around sh alone.
 */
function timeOnce(command) {
  if (!tools.bash) {
    const t0 = process.hrtime.bigint();
    const r = sh(`${command} > /dev/null`, { env: jobEnv });
    if (r.status !== 0) throw new Error(`${command}: exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}`);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, cpu: undefined };
  }
  const script = `t0=$EPOCHREALTIME\n{ ${command}\n} > /dev/null\ns=$?\nt1=$EPOCHREALTIME\ntimes >&2\necho "wall $t0 $t1" >&2\nexit $s`;
  // LC_NUMERIC=C: a decimal point in the shell's numbers whatever the locale (act reads LC_ALL, LC_CTYPE and LANG only)
  const r = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...jobEnv, LC_NUMERIC: 'C' } });
  if (r.status !== 0) throw new Error(`${command}: exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}`);
  const lines = r.stderr.trimEnd().split('\n');
  const [, t0, t1] = lines.at(-1).split(' ').map(Number);
  const seconds = (t) => { const [m, sec] = t.split('m'); return Number(m) * 60 + Number.parseFloat(sec); };
  const [user, system] = lines.at(-2).split(' ').map(seconds);
  return { ms: (t1 - t0) * 1000, cpu: (user + system) * 1000 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const loadAverage = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
};

/**
 * Round robin: every job runs once (a short one several times) in each round, the jobs in a
 * rotated order, after one warm-up round; so a load that comes and goes (other processes on the
 * machine) falls on act and its peer alike. A ratio is taken within each round (this job's median
 * in the round over its peer's), and reported as the median of the rounds with their min-max.
 */
function runProcesses() {
  const rounds = Number(value('--rounds', quick ? '3' : '5'));
  console.log(`## Whole processes: wall time in ms, ${rounds} interleaved rounds (round robin), median and min-max; CPU time (user + system, the least changed by other processes' load), median\n`);
  console.log(`NODE_EXTRA_CA_CERTS: ${process.env.NODE_EXTRA_CA_CERTS === undefined ? 'not set' : 'set here, unset for every job (users do not have it; it adds about 40 ms to a Node start)'}`);
  console.log(`PNG renderer: ${pngRenderer}`);
  console.log(`act's code caches: ${jobEnv.ACT_CACHE_DIR === process.env.ACT_CACHE_DIR ? `ACT_CACHE_DIR (${jobEnv.ACT_CACHE_DIR})` : "the bench's own folder, made by the warm-up round"}`);
  console.log(`load average before: ${loadAverage()}\n`);
  const jobs = [];
  const na = new Map();
  for (const job of timingJobs) {
    const why = unavailable(job);
    if (why) na.set(job.id, why);
    else jobs.push(job);
  }
  const perRound = (job) => (job.slow ? 1 : 3);
  const samples = new Map(jobs.map((j) => [j.id, []])); // per round: the runs of that round
  for (let round = -1; round < rounds; round++) {
    const shift = round < 0 ? 0 : round % jobs.length;
    const order = [...jobs.slice(shift), ...jobs.slice(0, shift)];
    for (const job of order) {
      const times = Array.from({ length: round < 0 ? 1 : perRound(job) }, () => timeOnce(expand(job.command)));
      if (round >= 0) samples.get(job.id).push(times);
    }
  }
  const load = loadAverage();
  const rows = timingJobs.map((job) => {
    if (na.has(job.id)) {
      results.process.push({ ...job, na: na.get(job.id) });
      return [job.title, `n/a (${na.get(job.id)})`, '', '', '', '', '', ''];
    }
    const byRound = samples.get(job.id).map((runs) => runs.map((r) => r.ms));
    const all = byRound.flat();
    const m = median(all);
    const [other, target] = job.versus ?? [];
    const peer = other ? samples.get(other).map((runs) => runs.map((r) => r.ms)) : undefined;
    const ratios = peer ? byRound.map((times, i) => median(times) / median(peer[i])) : [];
    const ratio = ratios.length ? median(ratios) : undefined;
    // CPU time, where bash measured it: its median, and its ratio to the peer's as wall time's
    const cpuByRound = samples.get(job.id).map((runs) => runs.map((r) => r.cpu));
    const cpu = tools.bash ? median(cpuByRound.flat()) : undefined;
    const cpuPeer = other && tools.bash ? samples.get(other).map((runs) => runs.map((r) => r.cpu)) : undefined;
    const cpuRatios = cpuPeer ? cpuByRound.map((times, i) => median(times) / median(cpuPeer[i])) : [];
    const cpuRatio = cpuRatios.length ? median(cpuRatios) : undefined;
    const perRow = job.rows ? (m * 1e6) / job.rows : undefined;
    results.process.push({ ...job, median: m, min: Math.min(...all), max: Math.max(...all), runs: all.length, ratio, ratioMin: ratios.length ? Math.min(...ratios) : undefined, ratioMax: ratios.length ? Math.max(...ratios) : undefined, cpu, cpuRatio, cpuRatioMin: cpuRatios.length ? Math.min(...cpuRatios) : undefined, cpuRatioMax: cpuRatios.length ? Math.max(...cpuRatios) : undefined });
    return [
      job.title,
      fmt(m),
      `${fmt(Math.min(...all))}-${fmt(Math.max(...all))}`,
      perRow === undefined ? '' : fmt(perRow, 0),
      ratio === undefined ? (other ? `n/a (${other}: ${na.get(other)})` : '') : `${fmt(ratio, 2)} (${fmt(Math.min(...ratios), 2)}-${fmt(Math.max(...ratios), 2)}) x ${other}`,
      target === undefined || ratio === undefined ? (target === undefined ? '' : `<= ${target}`) : `<= ${target}  ${Math.max(...ratios) <= target ? 'met' : ratio <= target ? 'met (median)' : 'NOT met'}`,
      cpu === undefined ? 'n/a' : fmt(cpu),
      cpuRatio === undefined ? '' : `${fmt(cpuRatio, 2)} (${fmt(Math.min(...cpuRatios), 2)}-${fmt(Math.max(...cpuRatios), 2)})`,
    ];
  });
  table(['job', 'ms', 'min-max', 'ns/row', 'ratio (min-max over rounds)', 'target', 'CPU ms', 'CPU ratio (min-max)'], rows);
  if (!tools.bash) console.log('CPU time: n/a (bash is not installed)');
  console.log(`load average after: ${load}\n`);
}

// ---------------------------------------------------------------- memory

function runMemory() {
  console.log('## Peak memory: max RSS in MB (/usr/bin/time -f %M)\n');
  if (!tools.time) {
    console.log('n/a: /usr/bin/time is not installed (Debian: time)\n');
    return;
  }
  const measured = new Map();
  for (const job of memoryJobs) {
    const why = unavailable(job);
    if (why) {
      measured.set(job.id, { na: why });
      continue;
    }
    const r = sh(`/usr/bin/time -f %M sh -c '${expand(job.command).replaceAll("'", "'\\''")}' 2>&1 >/dev/null | tail -n 1`, { env: jobEnv });
    const kb = Number(r.stdout.trim());
    measured.set(job.id, Number.isFinite(kb) ? { mb: kb / 1024 } : { na: 'no figure from time' });
  }
  const rows = memoryJobs.map((job) => {
    const m = measured.get(job.id);
    const [other, target] = job.versus ?? [];
    const o = other ? measured.get(other) : undefined;
    const ratio = m.mb !== undefined && o?.mb !== undefined ? m.mb / o.mb : undefined;
    results.memory.push({ ...job, ...m, ratio });
    const limit = job.limitMB === undefined ? '' : `<= ${job.limitMB} MB${m.mb === undefined ? '' : m.mb <= job.limitMB ? '  met' : '  NOT met'}`;
    const versus = target === undefined ? '' : `${fmt(ratio, 2)} x ${other}, <= ${target}${ratio === undefined ? '' : ratio <= target ? '  met' : '  NOT met'}`;
    return [job.title, m.na ? `n/a (${m.na})` : fmt(m.mb), limit || versus];
  });
  table(['job', 'MB', 'target'], rows);
}

// ---------------------------------------------------------------- main

const m = results.machine;
console.log(`# act benchmarks${quick ? ' (quick)' : ''}\n`);
console.log(`machine: ${m.cpu}, nproc ${m.nproc}, ${m.platform}, node ${m.node}`);
const peers = [
  tools.python ? `numpy/scipy via ${tools.python} (${versionOf(`${tools.python} -c "import numpy, scipy; print('numpy', numpy.__version__, 'scipy', scipy.__version__)"`)})` : 'numpy/scipy: not installed',
  tools.matplotlib ? `matplotlib via ${tools.matplotlib}` : 'matplotlib: not installed',
  tools.gnuplot ? versionOf('gnuplot --version') : 'gnuplot: not installed',
];
console.log(`peers: ${peers.join('; ')}\n`);
// Jobs write to /dev/null; if something has replaced it with a regular file (it happens on shared
// machines), every figure below would include writing that file.
const devNullOk = (() => {
  try {
    return statSync('/dev/null').isCharacterDevice();
  } catch {
    return false;
  }
})();
if (!devNullOk && (only.has('process') || only.has('memory'))) {
  console.log('/dev/null is not a character device here: whole-process and memory figures skipped\n');
  only.delete('process');
  only.delete('memory');
}
try {
  if (only.has('kernels')) runKernels();
  if (only.has('process')) runProcesses();
  if (only.has('memory')) runMemory();
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
