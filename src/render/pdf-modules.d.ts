/** svg-to-pdfkit ships no type declarations: the one call act makes. */
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    /** SVG units are PDF points (else a CSS pixel is 0.75 pt). */
    assumePt?: boolean;
    /** The font pdfkit sets each text in: a registered name or a font file's path. */
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    warningCallback?: (message: string) => void;
  }
  export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
}
