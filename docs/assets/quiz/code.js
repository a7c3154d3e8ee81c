/**
 * Result codes, the same format as casekit/trainer/codes.py (see its docstring):
 * a finished attempt packed into Crockford base-32 symbols with a 20-bit checksum.
 * Pure functions, no DOM: the quiz page encodes, the trainer page decodes, and
 * tests/fixtures/result_codes.json keeps both languages in step.
 */

const FORMAT = 1;
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const NAME_LETTERS = " -.'абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz?";
const EPOCH = Date.UTC(2026, 0, 1);
export const TYPES = ["single", "multiple", "order", "scenario"];

/** Hours since 2026-01-01 UTC, the time a code carries. */
export function hoursSinceEpoch(date = new Date()) {
  return Math.max(0, Math.floor((date.getTime() - EPOCH) / 3600000));
}

/** FNV-1a (32 bits) over symbol values, cut to 20 bits. */
export function checksum(symbols) {
  let value = 0x811c9dc5;
  for (const symbol of symbols) value = Math.imul(value ^ symbol, 0x01000193) >>> 0;
  return value & 0xfffff;
}

function put(bits, value, width) {
  if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) throw new RangeError(`${value} does not fit in ${width} bits`);
  for (let shift = width - 1; shift >= 0; shift -= 1) bits.push(Math.floor(value / 2 ** shift) % 2);
}

/**
 * @param {{quizHash: number, hours: number, name: string, answers: {place: number, tag: number, type: string, values: number[]}[]}} attempt
 * @param {number} questionCount questions in the whole quiz
 * @returns {string} the code, in groups of four symbols
 */
export function encode(attempt, questionCount) {
  const bits = [];
  put(bits, FORMAT, 4);
  put(bits, attempt.quizHash, 20);
  put(bits, attempt.hours, 20);
  const letters = [...attempt.name.toLowerCase()].slice(0, 31).map((c) => {
    const index = NAME_LETTERS.indexOf(c);
    return index >= 0 ? index : NAME_LETTERS.length - 1;
  });
  put(bits, letters.length, 5);
  for (const letter of letters) put(bits, letter, 6);
  const everything = attempt.answers.length === questionCount && attempt.answers.every((a, i) => a.place === i);
  put(bits, everything ? 1 : 0, 1);
  put(bits, attempt.answers.length, 11);
  for (const answer of attempt.answers) {
    if (!everything) put(bits, answer.place, 11);
    put(bits, answer.tag, 8);
    put(bits, TYPES.indexOf(answer.type), 2);
    if (answer.type === "single") {
      put(bits, answer.values.length ? answer.values[0] : 15, 4);
      continue;
    }
    put(bits, answer.values.length, answer.type === "scenario" ? 8 : 4);
    for (const value of answer.values) put(bits, value, 4);
  }
  while (bits.length % 5) bits.push(0);
  const symbols = [];
  for (let i = 0; i < bits.length; i += 5) symbols.push(bits.slice(i, i + 5).reduce((v, b) => v * 2 + b, 0));
  const total = checksum(symbols);
  for (const shift of [15, 10, 5, 0]) symbols.push((total >> shift) & 31);
  const text = symbols.map((s) => ALPHABET[s]).join("");
  return text.match(/.{1,4}/g).join("-");
}

/** Symbol values of a code as typed; case, spaces and dashes do not matter. */
function symbolsOf(code) {
  const symbols = [];
  for (const char of code.toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1")) {
    if (" -\t\n\r".includes(char)) continue;
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`в коде есть лишний знак: «${char}»`);
    symbols.push(index);
  }
  return symbols;
}

/** Read a code; throws an Error with a Russian message if it is mistyped or cut short. */
export function decode(code) {
  const symbols = symbolsOf(code);
  if (symbols.length <= 4) throw new Error("код слишком короткий");
  const body = symbols.slice(0, -4);
  const tail = symbols.slice(-4).reduce((v, s) => v * 32 + s, 0);
  if (checksum(body) !== tail) throw new Error("контрольная сумма не сходится: знак пропущен или набран с ошибкой");
  const bits = body.flatMap((s) => [4, 3, 2, 1, 0].map((shift) => (s >> shift) & 1));
  let at = 0;
  const take = (width) => {
    if (at + width > bits.length) throw new Error("код обрывается");
    let value = 0;
    for (let i = 0; i < width; i += 1) value = value * 2 + bits[at + i];
    at += width;
    return value;
  };
  if (take(4) !== FORMAT) throw new Error("код неизвестного формата");
  const quizHash = take(20);
  const hours = take(20);
  const nameLength = take(5);
  let name = "";
  for (let i = 0; i < nameLength; i += 1) name += NAME_LETTERS[take(6) % NAME_LETTERS.length];
  const everything = take(1);
  const count = take(11);
  const answers = [];
  for (let index = 0; index < count; index += 1) {
    const place = everything ? index : take(11);
    const tag = take(8);
    const type = TYPES[take(2)];
    let values;
    if (type === "single") {
      const value = take(4);
      values = value === 15 ? [] : [value];
    } else {
      const n = take(type === "scenario" ? 8 : 4);
      values = Array.from({ length: n }, () => take(4));
    }
    answers.push({ place, tag, type, values });
  }
  name = name.split(" ").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  return { quizHash, hours, name, answers };
}
