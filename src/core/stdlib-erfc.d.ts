// The rational approximations inside @stdlib/math-base-special-erfc (Sun's fdlibm s_erf.c), one
// polynomial per file; src/core/math.ts runs @stdlib's erfc algorithm from them, inlined (see
// normalCdf there). @stdlib ships no types for these files.
declare module '@stdlib/math-base-special-erfc/lib/polyval_*.js' {
  const polyval: (x: number) => number;
  export default polyval;
}
