/** Ordering questions, moved with buttons and so with the keyboard. */

import { element } from "./dom.js";
import { Question, verdictOf } from "./question.js";

/** Put items in order with buttons (and so with the keyboard). */
export class OrderQuestion extends Question {
  constructor(form, quiz) {
    super(form, quiz);
    this.list = form.querySelector(".quiz-order");
    this.initial = [...this.list.children].map((item) => Number(item.dataset.item));
    this.announcer = element("p", { class: "quiz-visually-hidden", "aria-live": "polite" });
    this.list.after(this.announcer);
    for (const item of this.list.children) this.addButtons(item);
    this.button = element("button", { type: "submit", class: "md-button quiz-check" }, "Проверить");
    form.querySelector("fieldset").after(this.button);
    this.button.hidden = quiz.exam;
    this.refreshButtons();
  }

  addButtons(item) {
    const text = item.querySelector(".quiz-item-text").textContent.trim();
    const controls = element("span", { class: "quiz-move" });
    const up = element("button", { type: "button", class: "quiz-move-up", "aria-label": `Выше: ${text}` }, "↑");
    const down = element("button", { type: "button", class: "quiz-move-down", "aria-label": `Ниже: ${text}` }, "↓");
    up.addEventListener("click", () => this.move(item, -1, up));
    down.addEventListener("click", () => this.move(item, 1, down));
    controls.append(up, down);
    item.append(controls);
  }

  move(item, step, button) {
    const sibling = step < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) return;
    if (step < 0) sibling.before(item);
    else sibling.after(item);
    this.refreshButtons();
    const focusTarget = button.disabled ? item.querySelector(step < 0 ? ".quiz-move-down" : ".quiz-move-up") : button;
    focusTarget.focus();
    const position = [...this.list.children].indexOf(item) + 1;
    const text = item.querySelector(".quiz-item-text").textContent.trim();
    this.announcer.textContent = `«${text}» — место ${position} из ${this.list.children.length}.`;
  }

  refreshButtons() {
    const items = [...this.list.children];
    items.forEach((item, index) => {
      item.querySelector(".quiz-move-up").disabled = index === 0 || this.result !== null;
      item.querySelector(".quiz-move-down").disabled = index === items.length - 1 || this.result !== null;
    });
  }

  evaluate() {
    const order = [...this.list.children].map((item) => Number(item.dataset.item));
    const placed = order.filter((itemIndex, position) => itemIndex === position).length;
    const score = placed / order.length;
    [...this.list.children].forEach((item, position) => {
      item.querySelector(".quiz-mark")?.remove();
      const isRight = Number(item.dataset.item) === position;
      item.classList.toggle("is-right", isRight);
      item.classList.toggle("is-wrong", !isRight);
      const text = isRight ? " ✓ на своём месте" : ` ✗ верное место — ${Number(item.dataset.item) + 1}`;
      item.querySelector(".quiz-item-text").after(element("span", { class: "quiz-mark" }, text));
    });
    const feedback = element("div", { class: "quiz-feedback" });
    feedback.append(element("p", {}, `На своих местах: ${placed} из ${order.length}.`));
    const right = this.answers.querySelector(".quiz-right-order");
    if (placed < order.length && right) {
      feedback.append(element("p", {}, "Верный порядок:"), right.cloneNode(true));
    }
    return { answer: order, score, verdict: verdictOf(score), feedback };
  }

  apply(answer) {
    const expected = [...this.initial].sort((a, b) => a - b);
    if (!Array.isArray(answer) || [...answer].sort((a, b) => a - b).join() !== expected.join()) return false;
    for (const index of answer) this.list.append(this.list.querySelector(`[data-item="${index}"]`));
    return true;
  }

  lock() {
    this.button.hidden = true;
    this.refreshButtons();
  }

  unlock() {
    for (const index of this.initial) {
      const item = this.list.querySelector(`[data-item="${index}"]`);
      item.classList.remove("is-right", "is-wrong");
      item.querySelector(".quiz-mark")?.remove();
      this.list.append(item);
    }
    this.button.hidden = this.quiz.exam;
    this.refreshButtons();
  }
}
