// Typst 0.14 for the bench: compiles a .typ file to PDF with @myriaddreamin/typst-ts-node-compiler 0.7.0 (which embeds
// Typst 0.14 and writes tagged PDF, as ReportForge does). Usage: node typst-0.14.cjs MAIN.typ OUT.pdf
// bench/run.sh installs the package in a cache folder of its own (bench/.work/typst14) and copies this file there, so
// `require` finds it; `node -e ''` is timed in the same run to show Node's own share.
'use strict';
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [main, out] = process.argv.slice(2);
if (!main || !out) {
  console.error('usage: node typst-0.14.cjs MAIN.typ OUT.pdf');
  process.exit(2);
}
const mainFilePath = path.resolve(main);
// The Typst CLI searches the system's fonts by default; the library only its embedded ones unless told.
const compiler = NodeCompiler.create({
  workspace: path.dirname(mainFilePath),
  fontArgs: [{ fontPaths: (process.env.TYPST_FONT_PATHS || '/usr/share/fonts').split(':') }],
});
const compiled = compiler.compile({ mainFilePath });
if (compiled.hasError()) {
  compiled.printDiagnostics();
  process.exit(1);
}
const warnings = compiled.takeWarnings();
if (warnings && process.env.TYPST_WARNINGS) console.error(warnings.shortDiagnostics);
fs.writeFileSync(out, compiler.pdf(compiled.result));
