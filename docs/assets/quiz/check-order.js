/** Scoring ordering questions (./order.js draws and moves them); see ./check.js. */

import { element } from "./dom.js";

export function evaluate(question) {
  const items = [...question.list.children];
  const order = items.map((item) => Number(item.dataset.item));
  const placed = order.filter((itemIndex, position) => itemIndex === position).length;
  const score = placed / order.length;
  items.forEach((item, position) => {
    item.querySelector(".quiz-mark")?.remove();
    const isRight = Number(item.dataset.item) === position;
    item.classList.toggle("is-right", isRight);
    item.classList.toggle("is-wrong", !isRight);
    const text = isRight ? " ✓ на своём месте" : ` ✗ верное место — ${Number(item.dataset.item) + 1}`;
    item.querySelector(".quiz-item-text").after(element("span", { class: "quiz-mark" }, text));
  });
  const feedback = element("div", { class: "quiz-feedback" });
  feedback.append(element("p", {}, `На своих местах: ${placed} из ${order.length}.`));
  const right = question.answers.querySelector(".quiz-right-order");
  if (placed < order.length && right) {
    feedback.append(element("p", {}, "Верный порядок:"), right.cloneNode(true));
  }
  return { answer: order, score, feedback };
}

export function apply(question, answer) {
  const expected = [...question.initial].sort((a, b) => a - b);
  if (!Array.isArray(answer) || [...answer].sort((a, b) => a - b).join() !== expected.join()) return false;
  for (const index of answer) question.list.append(question.list.querySelector(`[data-item="${index}"]`));
  return true;
}

export function lock(question) {
  question.button.hidden = true;
  question.refreshButtons();
}

/** Back to the order the page was built with, unmarked. */
export function unlock(question) {
  for (const index of question.initial) {
    const item = question.list.querySelector(`[data-item="${index}"]`);
    item.classList.remove("is-right", "is-wrong");
    item.querySelector(".quiz-mark")?.remove();
    question.list.append(item);
  }
  question.button.hidden = question.quiz.exam;
  question.refreshButtons();
}
