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
 *   slow      a long job (a second or more): fewer runs a round
 *
 * Every job's stdout goes to /dev/null.
 */
export const timingJobs = [
  { id: 'node', title: 'node -e 0', command: 'node -e 0' },
  { id: 'list', title: 'act list', command: '$ACT list', versus: ['node'] },
  { id: 'plot', title: 'act plot gelu (terminal)', command: '$ACT plot gelu --no-color', versus: ['node', 1.3] },
  { id: 'gnuplot-dumb', title: 'gnuplot ASCII chart', command: 'gnuplot -e "term=\'dumb\'" bench/gelu.gnuplot', needs: ['gnuplot'] },
  // the seed article's nine figures, 640x480 PNGs: one act batch against one Python process
  { id: 'seed9', title: 'examples/seed-figures.sh (9 PNGs, one act batch)', command: 'bash examples/seed-figures.sh $OUT/seed', versus: ['mpl-seed9', 0.25] },
  { id: 'mpl-seed9', title: 'matplotlib: peers/mpl_seed9.py (9 PNGs)', command: '$MPL bench/peers/mpl_seed9.py $OUT/mpl-seed', needs: ['matplotlib'] },
  // matplotlib's pixels (640x480; act's default scale is 2, four times as many)
  { id: 'png1', title: 'act plot gelu --scale 1 -o x.png (640x480)', command: '$ACT plot gelu --scale 1 -o $OUT/act1.png', versus: ['mpl-png', 0.17] },
  { id: 'png', title: 'act plot gelu -o x.png (1280x960)', command: '$ACT plot gelu -o $OUT/act.png', versus: ['mpl-png'] },
  { id: 'mpl-png', title: 'matplotlib: peers/mpl_png.py (640x480)', command: '$MPL bench/peers/mpl_png.py $OUT/mpl.png', needs: ['matplotlib'] },
  { id: 'svg', title: 'act plot gelu -o x.svg', command: '$ACT plot gelu -o $OUT/act.svg', versus: ['mpl-svg', 0.11] },
  { id: 'mpl-svg', title: 'matplotlib: peers/mpl_svg.py', command: '$MPL bench/peers/mpl_svg.py $OUT/mpl.svg', needs: ['matplotlib'] },
  { id: 'eval', title: 'act eval gelu -n 1e6 > /dev/null', command: '$ACT eval gelu -n 1000000', versus: ['numpy-eval', 0.25], rows: 1e6, slow: true },
  { id: 'numpy-eval', title: 'numpy: peers/np_eval_csv.py, 1e6 rows', command: '$PY bench/peers/np_eval_csv.py', needs: ['python'], rows: 1e6, slow: true },
  { id: 'eval-d', title: 'act eval gelu -d -n 1e6 > /dev/null', command: '$ACT eval gelu -d -n 1000000', rows: 1e6, slow: true },
  { id: 'gradient', title: 'act gradient relu (depth 50, width 256, batch 64)', command: '$ACT gradient relu --format csv', slow: true },
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
