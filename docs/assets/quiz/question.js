/** The behaviour every question type shares: check, feedback, restore, reset. */

import { element } from "./dom.js";
import { readStored, removeStored, STORAGE_PREFIX, writeStored } from "./storage.js";

const VERDICT_TEXT = { right: "Верно", partial: "Частично верно", wrong: "Неверно" };

export function verdictOf(score) {
  if (score >= 0.999) return "right";
  return score <= 0 ? "wrong" : "partial";
}

/** One question: the behaviour common to every type. */
export class Question {
  /**
   * @param {HTMLFormElement} form the question's static HTML
   * @param {Quiz} quiz the quiz it belongs to
   */
  constructor(form, quiz) {
    this.form = form;
    this.quiz = quiz;
    this.id = form.dataset.question;
    this.key = `${STORAGE_PREFIX}:${quiz.slug}:${this.id}`;
    this.version = form.dataset.version;
    this.answers = form.querySelector("details.quiz-answer");
    this.answers.hidden = true;
    this.status = element("div", { class: "quiz-status", role: "status", tabindex: "-1" });
    this.form.append(this.status);
    this.result = null;
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!quiz.exam) this.check({ announce: true });
    });
  }

  /** True when the trainee has given an answer that can be handed in (exam mode). */
  hasAnswer() {
    return true;
  }

  /** Restore a stored answer, if there is a valid one. */
  restore() {
    if (this.quiz.exam) return; /* an exam is a fresh attempt */
    const stored = readStored(this.key, this.version);
    if (stored && this.apply(stored.answer)) this.check({ announce: false });
  }

  /** Score the current answer, show the feedback and remember it. */
  check({ announce }) {
    const outcome = this.evaluate();
    if (!outcome) return;
    this.result = outcome;
    if (!this.quiz.exam) writeStored(this.key, { version: this.version, answer: outcome.answer, score: outcome.score });
    this.form.classList.add("is-answered");
    this.lock();
    this.status.replaceChildren();
    const verdict = element("p", { class: `quiz-verdict is-${outcome.verdict}` });
    verdict.append(element("strong", {}, `${VERDICT_TEXT[outcome.verdict]}.`));
    this.status.append(verdict, outcome.feedback, this.explanation());
    if (announce) this.status.focus({ preventScroll: false });
    this.quiz.update();
  }

  /** A copy of the question's explanation, if it has one. */
  explanation() {
    const source = this.answers.querySelector(".quiz-explanation");
    return source ? source.cloneNode(true) : document.createDocumentFragment();
  }

  /** Forget the answer and show the question as new. */
  reset() {
    removeStored(this.key);
    this.result = null;
    this.form.classList.remove("is-answered");
    this.status.replaceChildren();
    this.unlock();
  }

  /** Put a stored answer back into the form; false if it does not fit. */
  apply() {
    return false;
  }

  lock() {}

  unlock() {}
}
