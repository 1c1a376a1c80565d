/**
 * A chart's SVG as a vector PDF, in pure JavaScript: pdfkit writes the PDF and svg-to-pdfkit draws
 * the SVG into it, so PDF needs no native module. Text stays text, in the bundled DejaVu Sans,
 * embedded as a subset (only the glyphs used), so that it can be selected and searched.
 * One CSS pixel of the SVG is one PDF point, as node-canvas's PDF has it.
 *
 * Chosen over jsPDF with svg2pdf.js, measured on the same 640x480 chart: pdfkit's PDF is 9.7 kB
 * (font subset) in 90 ms with loading; jsPDF's is 57 kB (the whole font, and the 14 standard fonts
 * declared) in about 1 s, and svg2pdf.js needs a browser DOM that can measure text (getBBox),
 * which jsdom lacks.
 * pdfkit and svg-to-pdfkit are bundled into their own file and loaded only for a PDF.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';

export interface PdfOptions {
  /** The TrueType font file every text of the SVG is set in. */
  readonly fontFile: string;
  /** The document's title (shown by viewers in the window title). */
  readonly title?: string;
}

/** The root element's width and height in CSS pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('the SVG has no width and height');
  return { width, height };
}

/**
 * Dash arrays PDF cannot take: vega writes `1,0` (a dash with no gap: a solid line), and PDF (and
 * pdfkit) refuse a zero length. A pattern whose gaps are all zero is solid: dropped.
 */
export function solidDashesDropped(svg: string): string {
  return svg.replace(/\sstroke-dasharray="([^"]*)"/g, (attribute, list: string) => {
    const lengths = list.split(/[\s,]+/).filter(Boolean).map(Number);
    const gaps = lengths.length % 2 === 0 ? lengths.filter((_, i) => i % 2 === 1) : lengths;
    return gaps.every((g) => g === 0) ? '' : attribute;
  });
}

/**
 * The PDF's creation date: SOURCE_DATE_EPOCH (seconds) where it is set, as matplotlib and TeX
 * take it for reproducible builds, else now. pdfkit's file ID is derived from it, so with it set
 * the same chart is the same bytes on every run and machine.
 */
export function creationDate(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** The PDF's bytes. */
export function svgToPdf(svg: string, options: PdfOptions): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    compress: true,
    // the default font would be Helvetica, read from pdfkit's own files: act's font instead
    font: options.fontFile,
    info: { Title: options.title ?? '', Creator: 'act', Producer: 'act (pdfkit)', CreationDate: creationDate() },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  SVGtoPDF(doc, solidDashesDropped(svg), 0, 0, {
    assumePt: true,
    fontCallback: () => options.fontFile,
    warningCallback: (message: string) => {
      throw new Error(`PDF: ${message}`);
    },
  });
  doc.end();
  return done;
}
