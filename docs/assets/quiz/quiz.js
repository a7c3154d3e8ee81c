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
 * What only some visits need is imported when it is: ./assignment.js for an
 * address with a query, ./report.js (through ./result.js) near the end of an attempt.
 * No dependencies, no globals.
 */

import { ChoiceQuestion } from "./choice.js";
import { OrderQuestion } from "./order.js";
import { element } from "./dom.js";
import { ResultPanel } from "./result.js";
import { ScenarioQuestion } from "./scenario.js";

const QUESTION_TYPES = { single: ChoiceQuestion, multiple: ChoiceQuestion, order: OrderQuestion, scenario: ScenarioQuestion };

/** A whole quiz: its questions, the assignment from the URL, exam mode, the result panel and reset. */
class Quiz {
  /**
   * @param {HTMLElement} root the .quiz element
   * @param {HTMLFormElement[]} all its questions
   * @param {{ids: string[], unknown: string[], exam: boolean}} assignment what the address asks for
   */
  constructor(root, all, assignment) {
    this.root = root;
    this.slug = root.dataset.quiz;
    this.passMark = Number(root.dataset.passMark) || 0;
    this.exam = assignment.exam;
    this.finished = false;
    root.classList.toggle("is-exam", this.exam);
    this.questions = [];
    for (const form of this.show(all, assignment)) {
      const Type = QUESTION_TYPES[form.dataset.type];
      if (Type) this.questions.push(new Type(form, this));
    }
    this.panel = new ResultPanel(root, this);
    this.updating = true;
    for (const question of this.questions) question.restore();
    this.updating = false;
    this.update();
  }

  /** Show the assigned forms in order, number them, and report ids the quiz does not have. */
  show(all, assignment) {
    const chosen = assignment.ids.map((id) => all.find((f) => f.dataset.question === id));
    for (const form of all) form.hidden = !chosen.includes(form);
    const anchor = this.root.querySelector(".quiz-result");
    chosen.forEach((form, index) => {
      anchor.before(form);
      const number = form.querySelector(".quiz-number");
      if (number) number.textContent = `Вопрос ${index + 1} из ${chosen.length}.`;
    });
    if (assignment.unknown.length) {
      const words = assignment.unknown.map((id) => `вопроса ${id} в квизе нет`).join("; ");
      this.root.prepend(element("p", { class: "quiz-warning quiz-unknown", role: "alert" }, `По ссылке: ${words}. Показаны остальные вопросы.`));
    }
    return chosen;
  }

  /** Refresh the result panel. */
  update() {
    if (!this.updating) this.panel.show();
  }

  /** Exam mode: hand the whole set in; false (with a message) while a question is unanswered. */
  finish() {
    const missing = this.questions.map((q, i) => (q.hasAnswer() ? 0 : i + 1)).filter(Boolean);
    if (missing.length) return missing;
    this.finished = true;
    this.updating = true;
    for (const question of this.questions) question.check({ announce: false });
    this.updating = false;
    this.root.classList.add("is-finished");
    this.update();
    return [];
  }

  /** Forget every answer and start again (not after an exam is handed in). */
  reset() {
    if (this.finished) return;
    for (const question of this.questions) question.reset();
    this.update();
    this.questions[0]?.form.querySelector("input, button")?.focus();
  }
}

/** The .quiz elements started already (init runs again after each instant navigation). */
const started = new WeakSet();

/** What the page's address asks of a quiz with these question ids. */
async function assignmentFor(ids) {
  if (!window.location.search) return { ids, unknown: [], exam: false };
  const { readAssignment } = await import("./assignment.js");
  return readAssignment(ids);
}

/** Start one quiz; data-quiz-ready says it is started, with its result panel drawn. */
async function start(root) {
  started.add(root);
  const all = [...root.querySelectorAll("form.quiz-question")];
  const quiz = new Quiz(root, all, await assignmentFor(all.map((form) => form.dataset.question)));
  await quiz.panel.ready();
  root.dataset.quizReady = "true";
}

/** Start every quiz on the page that is not started yet. */
export function init(root = document) {
  root.querySelectorAll(".quiz").forEach((quiz) => { if (!started.has(quiz)) start(quiz); });
}
