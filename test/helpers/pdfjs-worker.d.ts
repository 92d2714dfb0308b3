/** pdf.js's worker, loaded in-process by the tests (it ships no types of its own). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs'
