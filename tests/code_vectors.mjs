// Reads tests/fixtures/result_codes.json, encodes and decodes each vector with docs/assets/quiz/code.js,
// and prints what it got as JSON, so tests/test_result_codes.py compares it with Python.
import { readFileSync } from "node:fs";
import { decode, encode } from "../docs/assets/quiz/code.js";

const { vectors } = JSON.parse(readFileSync(new URL("./fixtures/result_codes.json", import.meta.url), "utf8"));
const out = vectors.map((v) => {
  const encoded = encode({ quizHash: v.quizHash, hours: v.hours, name: v.name, answers: v.answers }, v.questionCount);
  const decoded = decode(v.code);
  let typo = null;
  const chars = [...v.code];
  const at = chars.findIndex((c) => c !== "-");
  chars[at] = chars[at] === "7" ? "8" : "7";
  try { decode(chars.join("")); } catch (error) { typo = error.message; }
  return { encoded, decoded, typo };
});
process.stdout.write(JSON.stringify(out));
