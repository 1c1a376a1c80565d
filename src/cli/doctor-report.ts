/**
 * `act doctor`'s report: what this installation can do, one line a fact, as `brew doctor` and
 * `flutter doctor` print it. A pure function of the facts the command gathers (commands/doctor.ts).
 */

/** A fact's state: fine, an optional part missing, or something act cannot do here. */
export type Mark = 'ok' | 'optional' | 'problem';

export interface DoctorLine {
  readonly mark: Mark;
  readonly topic: string;
  readonly text: string;
}

export interface DoctorFacts {
  readonly actVersion: string;
  readonly packageRoot: string;
  readonly node: { readonly version: string; readonly platform: string; readonly arch: string; readonly v8: string };
  /** node-canvas: its version when it loads, else why not and whether cairo's and pango's files were found. */
  readonly canvas: { readonly version: string; readonly cairo?: string } | { readonly error: string; readonly cairoFound: boolean | 'no pkg-config' };
  /** How to get node-canvas. */
  readonly canvasSteps: string;
  readonly resvg: { readonly ok: true } | { readonly ok: false; readonly error: string; readonly help: string };
  readonly svgText: string;
  /** Where this Node's V8 code caches go (undefined: caching is off), how many there are, and why none can be written there. */
  readonly codeCache: { readonly folder?: string; readonly files: number; readonly unwritable?: string };
  readonly font: { readonly family: string; readonly file: string; readonly bytes?: number };
  readonly terminal: {
    readonly isTTY: boolean;
    readonly columns?: number;
    readonly rows?: number;
    /** The locale variable that decides, and its value; undefined when none is set. */
    readonly locale?: readonly [string, string];
    readonly colors: boolean;
    readonly colorReason: string;
  };
}

const MARKS: Record<Mark, string> = { ok: '[ok]', optional: '[--]', problem: '[!!]' };

function doctorLines(f: DoctorFacts): DoctorLine[] {
  const lines: DoctorLine[] = [
    { mark: 'ok', topic: 'act', text: `${f.actVersion} (${f.packageRoot})` },
    { mark: 'ok', topic: 'Node.js', text: `${f.node.version} (${f.node.platform} ${f.node.arch}, V8 ${f.node.v8})` },
  ];

  const canvas = f.canvas;
  if ('version' in canvas) {
    lines.push({ mark: 'ok', topic: 'node-canvas', text: `built: canvas ${canvas.version}${canvas.cairo ? `, cairo ${canvas.cairo}` : ''}` });
  } else {
    const cairo =
      canvas.cairoFound === 'no pkg-config'
        ? 'pkg-config is not installed, so cairo and pango cannot be found'
        : canvas.cairoFound
          ? "cairo and pango's development files are installed"
          : "cairo and pango's development files are not installed (pkg-config cairo pangocairo)";
    lines.push({ mark: 'optional', topic: 'node-canvas', text: `${canvas.error} (optional: a second PNG and PDF renderer); ${cairo}. To get it, ${f.canvasSteps}` });
  }

  const hasCanvas = 'version' in canvas;
  if (hasCanvas) lines.push({ mark: 'ok', topic: 'PNG', text: `node-canvas (cairo)${f.resvg.ok ? '; resvg with --renderer resvg' : ''}` });
  else if (f.resvg.ok) lines.push({ mark: 'ok', topic: 'PNG', text: 'resvg (prebuilt binary, nothing compiled)' });
  else lines.push({ mark: 'problem', topic: 'PNG', text: `no PNG renderer is installed (${f.resvg.error}): ${f.resvg.help}; .svg, .pdf and .json work without one` });

  lines.push({ mark: 'ok', topic: 'PDF', text: `pdfkit (pure JavaScript, vector, font embedded as a subset)${hasCanvas ? '; node-canvas with --renderer canvas' : ''}` });
  lines.push({ mark: 'ok', topic: 'SVG', text: f.svgText });
  lines.push(
    f.font.bytes === undefined
      ? { mark: 'problem', topic: 'font', text: `${f.font.family}: ${f.font.file} is missing (the package is incomplete: reinstall it)` }
      : { mark: 'ok', topic: 'font', text: `${f.font.family}, ${f.font.file} (${Math.round(f.font.bytes / 1024)} kB, shipped with act; no system fonts are used)` },
  );

  const cache = f.codeCache;
  lines.push(
    cache.folder === undefined
      ? { mark: 'ok', topic: 'code cache', text: 'off (ACT_CACHE_DIR is set empty): each start compiles the CLI anew' }
      : cache.unwritable !== undefined
        ? { mark: 'optional', topic: 'code cache', text: `${cache.folder} cannot be written (${cache.unwritable}): each start compiles the CLI anew; ACT_CACHE_DIR moves it` }
        : { mark: 'ok', topic: 'code cache', text: `${cache.folder} (${cache.files} file${cache.files === 1 ? '' : 's'}; the first run of each command writes its own; ACT_CACHE_DIR moves it)` },
  );

  const t = f.terminal;
  lines.push({
    mark: 'ok',
    topic: 'terminal',
    text: t.isTTY ? `stdout is a terminal, ${t.columns ?? '?'}x${t.rows ?? '?'}` : 'stdout is not a terminal (charts are 80 columns wide unless --width or COLUMNS says otherwise)',
  });
  const utf8 = t.locale !== undefined && /utf-?8/i.test(t.locale[1]);
  lines.push(
    utf8
      ? { mark: 'ok', topic: 'UTF-8', text: `yes (${t.locale![0]}=${t.locale![1]})` }
      : {
          mark: 'problem',
          topic: 'UTF-8',
          text: `${t.locale ? `no (${t.locale[0]}=${t.locale[1]})` : 'no locale is set (LC_ALL, LC_CTYPE, LANG)'}: terminal charts fall back to ASCII (--canvas ascii); set LANG=C.UTF-8 or another UTF-8 locale for box-drawing and braille`,
        },
  );
  lines.push({ mark: 'ok', topic: 'colours', text: `${t.colors ? 'on' : 'off'} (${t.colorReason}; --color and --no-color choose)` });
  return lines;
}

export function doctorText(f: DoctorFacts): string {
  const lines = doctorLines(f);
  const width = Math.max(...lines.map((l) => l.topic.length));
  return lines.map((l) => `${MARKS[l.mark]} ${l.topic.padEnd(width)}  ${l.text}\n`).join('');
}
