// Prints, as JSON on stdout, what pdf.js (the engine of Firefox's PDF viewer) reads from each PDF named on the
// command line: per page, the structure tree from page.getStructTree() (roles, alt text, language, content and
// annotation leaves), and every warning pdf.js logged while reading. Run `npm ci --omit=optional` here first.
import { readFile } from "node:fs/promises";

const warnings = [];
const log = console.log;
// pdf.js reports problems through console.log ("Warning: ..."); keep them for the caller instead of stdout.
console.log = (...args) => warnings.push(args.join(" "));
// Rendering in Node needs the optional native canvas package; reading the structure does not, but pdf.js builds a
// DOMMatrix when it loads. A stand-in lets it load without the canvas.
globalThis.DOMMatrix ??= class DOMMatrix {
  constructor() { Object.assign(this, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }); }
  scaleSelf() { return this; }
  translateSelf() { return this; }
  multiplySelf() { return this; }
  invertSelf() { return this; }
};
const { getDocument, VerbosityLevel } = await import("pdfjs-dist/legacy/build/pdf.mjs");
const loadWarnings = warnings.splice(0).filter(w => !/@napi-rs\/canvas|polyfill/.test(w));

const result = {};
for (const file of process.argv.slice(2)) {
  warnings.splice(0, warnings.length, ...loadWarnings);
  const data = new Uint8Array(await readFile(file));
  const document = await getDocument({ data, verbosity: VerbosityLevel.WARNINGS, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    pages.push({ page: number, tree: await page.getStructTree() });
  }
  const metadata = await document.getMetadata();
  result[file] = { pages, lang: metadata.info.Language ?? null, title: metadata.info.Title ?? null, warnings: [...warnings] };
  await document.destroy();
}
log(JSON.stringify(result, null, 1));
