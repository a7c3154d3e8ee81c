/**
 * quiz/quiz.js: makes the static quiz HTML that casekit generates interactive.
 *
 * The page is readable without this module: every question is a <form> with a
 * <fieldset>, real inputs and labels, and the answers in a <details>. This
 * module hides the answers, adds a "Проверить" button and a live region per
 * question, scores the quiz against its pass mark, and keeps answers in
 * localStorage under keys made of the quiz slug and the question id.
 * Feedback is cloned from the page's own (already escaped) HTML, never built
 * from strings. It runs on a plain page load and after each of Material's
 * instant navigations (document$): ../site.js imports it on pages with a quiz.
 * No dependencies, no globals.
 */

import { ChoiceQuestion } from "./choice.js";
import { OrderQuestion } from "./order.js";
import { ResultPanel } from "./result.js";
import { ScenarioQuestion } from "./scenario.js";

const QUESTION_TYPES = { single: ChoiceQuestion, multiple: ChoiceQuestion, order: OrderQuestion, scenario: ScenarioQuestion };

/** A whole quiz: its questions, the ?questions= subset, the result panel and reset. */
class Quiz {
  /** @param {HTMLElement} root the .quiz element */
  constructor(root) {
    this.root = root;
    this.slug = root.dataset.quiz;
    this.passMark = Number(root.dataset.passMark) || 0;
    root.dataset.quizReady = "true";
    this.questions = [];
    const forms = this.selectedForms();
    for (const form of forms) {
      const Type = QUESTION_TYPES[form.dataset.type];
      if (Type) this.questions.push(new Type(form, this));
    }
    this.panel = new ResultPanel(root.querySelector(".quiz-result"), this.passMark, () => this.reset());
    this.updating = true;
    for (const question of this.questions) question.restore();
    this.updating = false;
    this.update();
  }

  /** The question forms to show: all, or those named by ?questions=id1,id2 in that order. */
  selectedForms() {
    const all = [...this.root.querySelectorAll("form.quiz-question")];
    const wanted = (new URLSearchParams(window.location.search).get("questions") || "")
      .split(",").map((id) => id.trim()).filter(Boolean);
    const chosen = wanted.length ? wanted.map((id) => all.find((f) => f.dataset.question === id)).filter(Boolean) : all;
    if (chosen.length === 0) return all;
    for (const form of all) form.hidden = !chosen.includes(form);
    const anchor = this.root.querySelector(".quiz-result");
    chosen.forEach((form, index) => {
      anchor.before(form);
      const number = form.querySelector(".quiz-number");
      if (number) number.textContent = `Вопрос ${index + 1} из ${chosen.length}.`;
    });
    return chosen;
  }

  /** Show the score once every shown question is answered. */
  update() {
    if (!this.updating) this.panel.show(this.questions);
  }

  /** Forget every answer and start again. */
  reset() {
    for (const question of this.questions) question.reset();
    this.update();
    this.questions[0]?.form.querySelector("input, button")?.focus();
  }
}

/** Start every quiz on the page that is not started yet. */
export function init(root = document) {
  root.querySelectorAll(".quiz:not([data-quiz-ready])").forEach((element) => new Quiz(element));
}
