/**
 * Assignment links: which questions a quiz page shows, from its URL.
 * `?questions=id1,id2` shows those, in that order; `?pick=N&seed=S` draws N
 * questions by the seed (the same set for the same link); `?mode=exam`
 * withholds feedback until the set is handed in. ./quiz.js imports this module only
 * for an address with a query: without one, the page shows every question as built.
 */

import { element } from "./dom.js";

/** A 32-bit hash of a string (FNV-1a), to seed the draw. */
function hashString(text) {
  let value = 0x811c9dc5;
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0), 0x01000193) >>> 0;
  return value;
}

/** mulberry32: a small seeded generator, the same sequence in every browser. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N of the ids drawn by seed, kept in the quiz's order. */
export function pick(ids, count, seed) {
  const random = generator(hashString(String(seed)));
  const order = ids.map((id, index) => ({ id, index, key: random() }));
  order.sort((a, b) => a.key - b.key);
  return order.slice(0, Math.max(1, Math.min(count, ids.length))).sort((a, b) => a.index - b.index).map((x) => x.id);
}

/**
 * What the URL asks for.
 * @param {string[]} ids every question id of the quiz, in order
 * @returns {{ids: string[], unknown: string[], exam: boolean}}
 */
export function readAssignment(ids, search = window.location.search) {
  const params = new URLSearchParams(search);
  const exam = params.get("mode") === "exam";
  const wanted = (params.get("questions") || "").split(",").map((id) => id.trim()).filter(Boolean);
  if (wanted.length) {
    const known = wanted.filter((id) => ids.includes(id));
    return { ids: known.length ? known : ids, unknown: wanted.filter((id) => !ids.includes(id)), exam };
  }
  const count = Number.parseInt(params.get("pick") || "", 10);
  if (Number.isInteger(count) && count > 0) return { ids: pick(ids, count, params.get("seed") || "0"), unknown: [], exam };
  return { ids, unknown: [], exam };
}

/**
 * Show the forms the URL asks for, in its order and numbered, hide the others, and say
 * which ids the quiz does not have.
 * @param {HTMLElement} root the .quiz element
 * @param {HTMLFormElement[]} all its questions
 * @returns {{forms: HTMLFormElement[], exam: boolean}} the forms shown, and exam mode
 */
export function showAssigned(root, all, search = window.location.search) {
  const assignment = readAssignment(all.map((form) => form.dataset.question), search);
  const chosen = assignment.ids.map((id) => all.find((f) => f.dataset.question === id));
  for (const form of all) form.hidden = !chosen.includes(form);
  const anchor = root.querySelector(".quiz-result");
  chosen.forEach((form, index) => {
    anchor.before(form);
    const number = form.querySelector(".quiz-number");
    if (number) number.textContent = `Вопрос ${index + 1} из ${chosen.length}.`;
  });
  if (assignment.unknown.length) {
    const words = assignment.unknown.map((id) => `вопроса ${id} в квизе нет`).join("; ");
    root.prepend(element("p", { class: "quiz-warning quiz-unknown", role: "alert" }, `По ссылке: ${words}. Показаны остальные вопросы.`));
  }
  return { forms: chosen, exam: assignment.exam };
}
