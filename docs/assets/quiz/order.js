/** Ordering questions, moved with buttons and so with the keyboard (./check-order.js scores, locks and resets them). */

import { element } from "./dom.js";
import { Question } from "./question.js";

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
    if (!sibling || this.waiting) return; /* a check is on its way: it locks the list as it stands */
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
}
