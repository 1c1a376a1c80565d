/**
 * The whole-process jobs: act's commands and the same jobs done by its peers, each a shell
 * command. A job whose tool is missing, or whose command fails, is reported as n/a with the
 * reason, never as a crash. To add a job, add a row.
 *
 *   id        short name, used by `versus`
 *   title     what the row says
 *   command   shell command, run from the repository root; $ACT is bin/act, $PY is the python
 *             with numpy and scipy, $MPL the python with matplotlib, $OUT a scratch folder
 *   needs     tools the job needs: 'python' (numpy+scipy), 'matplotlib', 'gnuplot'
 *   versus    id of the job this one is compared with, and the target ratio (this / that)
 */
export const timingJobs = [
  { id: 'node', title: 'node -e 0', command: 'node -e 0' },
  { id: 'list', title: 'act list', command: '$ACT list', versus: ['node'] },
  { id: 'eval1', title: 'act eval relu -n 1', command: '$ACT eval relu -n 1', versus: ['node'] },
  { id: 'plot', title: 'act plot gelu (terminal)', command: '$ACT plot gelu --no-color', versus: ['node', 1.25] },
  { id: 'gnuplot-dumb', title: 'gnuplot ASCII chart', command: 'gnuplot -e "term=\'dumb\'" bench/gelu.gnuplot', needs: ['gnuplot'] },
  { id: 'plot-png', title: 'act plot gelu -o x.png', command: '$ACT plot gelu -o $OUT/act.png', versus: ['matplotlib', 0.25] },
  // the matplotlib script's pixels (640x480; act's default scale is 2, four times as many)
  { id: 'plot-png1', title: 'act plot gelu --scale 1 -o x.png', command: '$ACT plot gelu --scale 1 -o $OUT/act1.png', versus: ['matplotlib', 0.25] },
  { id: 'plot-svg', title: 'act plot gelu -o x.svg', command: '$ACT plot gelu -o $OUT/act.svg', versus: ['matplotlib', 0.25] },
  { id: 'matplotlib', title: 'matplotlib PNG', command: '$MPL bench/matplotlib_plot.py $OUT/mpl.png', needs: ['matplotlib'] },
  { id: 'gnuplot-png', title: 'gnuplot PNG', command: 'gnuplot -e "term=\'png\'; out=\'$OUT/gnuplot.png\'" bench/gelu.gnuplot', needs: ['gnuplot'] },
  { id: 'eval', title: 'act eval gelu -n 1e6 > /dev/null', command: '$ACT eval gelu -n 1000000 > /dev/null', versus: ['numpy-eval', 0.25], rows: 1e6 },
  { id: 'eval-d', title: 'act eval gelu -d -n 1e6 > /dev/null', command: '$ACT eval gelu -d -n 1000000 > /dev/null', rows: 1e6 },
  { id: 'gradient', title: 'act gradient relu (depth 50, width 256, batch 64)', command: '$ACT gradient relu --format csv > /dev/null' },
  { id: 'gradient4', title: 'act gradient sigmoid tanh relu gelu --depth 30 (chart)', command: '$ACT gradient sigmoid tanh relu gelu --depth 30 --no-color > /dev/null' },
  { id: 'numpy-eval', title: 'numpy linspace+erf+savetxt %.17g, 1e6 rows', command: '$PY bench/numpy_eval.py 1000000 > /dev/null', needs: ['python'], rows: 1e6 },
];

/** Peak memory (max RSS, /usr/bin/time -f %M) of jobs that must stream, or stay small. */
export const memoryJobs = [
  { id: 'node', title: 'node -e 0', command: 'node -e 0' },
  // flat: the same peak for 10^6 and 10^7 rows
  { id: 'eval1e6', title: 'act eval gelu -n 1e6 > /dev/null', command: '$ACT eval gelu -n 1000000 > /dev/null', limitMB: 150 },
  { id: 'eval1e7', title: 'act eval gelu -n 1e7 > /dev/null', command: '$ACT eval gelu -n 10000000 > /dev/null', limitMB: 150 },
  { id: 'stdin1e6', title: '10^6 lines on stdin | act eval gelu > /dev/null', command: 'seq -5 0.00001 4.99999 | $ACT eval gelu > /dev/null', limitMB: 150 },
  { id: 'stdin1e7', title: '10^7 lines on stdin | act eval gelu > /dev/null', command: 'seq -5 0.000001 4.9999999 | $ACT eval gelu > /dev/null', limitMB: 150 },
  { id: 'plot', title: 'act plot gelu (terminal)', command: '$ACT plot gelu --no-color > /dev/null', versus: ['node', 1.2] },
];
