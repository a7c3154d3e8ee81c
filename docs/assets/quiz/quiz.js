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
 * What only some visits need is imported when it is: ./check.js, which scores
 * answers, on a trainee's first touch of a quiz (or at once for stored answers),
 * ./assignment.js for an address with a query, ./report.js (through ./result.js)
 * near the end of an attempt. No dependencies, no globals.
 */

import { ChoiceQuestion } from "./choice.js";
import { OrderQuestion } from "./order.js";
import { loadChecking, withChecking } from "./question.js";
import { ResultPanel } from "./result.js";
import { ScenarioQuestion } from "./scenario.js";

const QUESTION_TYPES = { single: ChoiceQuestion, multiple: ChoiceQuestion, order: OrderQuestion, scenario: ScenarioQuestion };

/** What counts as a trainee's first touch of a quiz: ./check.js starts to load then, before the first check. */
const FIRST_TOUCH = ["pointerdown", "keydown", "focusin"];

/** A whole quiz: its questions, exam mode, the result panel and reset. */
class Quiz {
  /**
   * @param {HTMLElement} root the .quiz element
   * @param {{forms: HTMLFormElement[], exam: boolean}} assignment the questions shown, in order, and exam mode
   */
  constructor(root, assignment) {
    this.root = root;
    this.slug = root.dataset.quiz;
    this.passMark = Number(root.dataset.passMark) || 0;
    this.exam = assignment.exam;
    this.finished = false;
    root.classList.toggle("is-exam", this.exam);
    this.questions = [];
    for (const form of assignment.forms) {
      const Type = QUESTION_TYPES[form.dataset.type];
      if (Type) this.questions.push(new Type(form, this));
    }
    this.panel = new ResultPanel(root, this);
    this.update();
    for (const type of FIRST_TOUCH) root.addEventListener(type, () => loadChecking().catch(() => {}), { once: true });
  }

  /** Put the stored answers back, checked (./check.js is imported only when there are some). */
  async restore() {
    const stored = this.questions.map((question) => [question, question.stored()]).filter(([, answer]) => answer);
    if (!stored.length) return;
    const checking = await loadChecking().catch(() => null);
    if (!checking) return;
    this.updating = true;
    for (const [question, answer] of stored) checking.restore(question, answer);
    this.updating = false;
    this.update();
  }

  /** Refresh the result panel. */
  update() {
    if (!this.updating) this.panel.show();
  }

  /** Exam mode: hand the whole set in (checked with ./check.js); the numbers of the questions still unanswered. */
  finish() {
    const missing = this.questions.map((q, i) => (q.hasAnswer() ? 0 : i + 1)).filter(Boolean);
    if (missing.length) return missing;
    withChecking(() => {
      this.finished = true;
      this.updating = true;
      for (const question of this.questions) question.check({ announce: false });
      this.updating = false;
      this.root.classList.add("is-finished");
      this.update();
    });
    return [];
  }

  /** Forget every answer and start again (not after an exam is handed in), after any check still on its way. */
  reset() {
    withChecking((checking) => {
      if (this.finished) return;
      for (const question of this.questions) checking.reset(question);
      this.update();
      this.questions[0]?.form.querySelector("input, button")?.focus();
    });
  }
}

/** The .quiz elements started already (init runs again after each instant navigation). */
const started = new WeakSet();

/** The forms the page's address asks for, and exam mode: every form as built when it has no query. */
async function assignmentFor(root, all) {
  if (!window.location.search) return { forms: all, exam: false };
  const { showAssigned } = await import("./assignment.js");
  return showAssigned(root, all);
}

/** Start one quiz; data-quiz-ready says it is started, with its stored answers and result panel drawn. */
async function start(root) {
  started.add(root);
  const quiz = new Quiz(root, await assignmentFor(root, [...root.querySelectorAll("form.quiz-question")]));
  await quiz.restore();
  await quiz.panel.ready();
  root.dataset.quizReady = "true";
}

/** Start every quiz on the page that is not started yet. */
export function init(root = document) {
  root.querySelectorAll(".quiz").forEach((quiz) => { if (!started.has(quiz)) start(quiz); });
}
