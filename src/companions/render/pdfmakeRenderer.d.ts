/**
 * pdfmake's line renderer (no types of its own): patched in pdfmake.ts to give Thai lines their
 * text.
 */
declare module 'pdfmake/js/Renderer.js' {
  const Renderer: unknown
  export default Renderer
}
