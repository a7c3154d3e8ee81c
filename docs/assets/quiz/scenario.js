/** Branching dialogues, walked one step at a time (./check-scenario.js scores the path taken, locks and resets them). */

import { cloneChildren, element } from "./dom.js";
import { Question, withChecking } from "./question.js";

/** A branching dialogue: one node at a time, scored by the path taken. */
export class ScenarioQuestion extends Question {
  constructor(form, quiz) {
    super(form, quiz);
    this.start = form.dataset.start;
    this.maxPoints = Number(form.dataset.maxPoints) || 0;
    this.nodes = new Map([...form.querySelectorAll(".quiz-node")].map((node) => [node.dataset.node, node]));
    for (const node of this.nodes.values()) this.enhanceNode(node);
    this.restartButton = element("button", { type: "button", class: "md-button quiz-restart" }, "Пройти сценарий заново");
    this.restartButton.addEventListener("click", () => withChecking((checking) => {
      checking.reset(this);
      this.quiz.update();
      this.nodes.get(this.start).focus();
    }));
    this.status.after(this.restartButton);
    this.showFrom([]);
  }

  enhanceNode(node) {
    node.setAttribute("tabindex", "-1");
    node.querySelectorAll(".quiz-choices > li").forEach((item) => {
      const link = item.querySelector(".quiz-choice-text");
      const button = element("button", { type: "button", class: "quiz-choice" });
      button.append(cloneChildren(link));
      button.addEventListener("click", () => this.choose(node, Number(item.dataset.choice)));
      link.hidden = true;
      item.querySelector(".quiz-consequence").hidden = true;
      item.prepend(button);
    });
    node.append(element("div", { class: "quiz-taken" }));
  }

  /** Show the dialogue after the choices in path (indexes), hiding what is not reached. */
  showFrom(path) {
    this.path = [];
    for (const node of this.nodes.values()) {
      node.hidden = true;
      node.querySelector(".quiz-taken").replaceChildren();
      node.querySelector(".quiz-choices")?.removeAttribute("hidden");
    }
    this.current = this.nodes.get(this.start);
    this.current.hidden = false;
    this.restartButton.hidden = true;
    for (const index of path) if (!this.step(index)) return false;
    return true;
  }

  /** Take choice index at the current node; false if it does not exist. */
  step(index) {
    const item = this.current.querySelector(`.quiz-choices > li[data-choice="${index}"]`);
    const next = item && this.nodes.get(item.dataset.next);
    if (!next) return false;
    this.path.push(index);
    this.current.querySelector(".quiz-choices").hidden = true;
    const taken = this.current.querySelector(".quiz-taken");
    const said = element("p", { class: "quiz-said" });
    said.append(element("strong", {}, "Вы: "), cloneChildren(item.querySelector(".quiz-choice-text")));
    const consequence = element("div", { class: "quiz-consequence-shown" });
    consequence.append(cloneChildren(item.querySelector(".quiz-consequence")));
    consequence.querySelector("summary")?.remove();
    taken.append(said);
    if (!this.quiz.exam || this.quiz.finished) taken.append(consequence);
    this.current = next;
    next.hidden = false;
    return true;
  }

  choose(node, index) {
    if (node !== this.current || !this.step(index)) return;
    if (this.current.classList.contains("quiz-ending") && this.quiz.exam) {
      this.restartButton.hidden = false;
      this.status.textContent = "Разговор окончен. Его оценят, когда вы нажмёте «Завершить».";
      this.quiz.update();
    } else if (this.current.classList.contains("quiz-ending")) {
      this.check({ announce: true });
    } else {
      this.status.replaceChildren();
      this.current.focus();
    }
  }

  hasAnswer() {
    return this.current.classList.contains("quiz-ending");
  }
}
