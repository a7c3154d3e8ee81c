/**
 * The behaviour every question type shares: its status region, its stored answer and the check.
 *
 * Scoring an answer, drawing its feedback, locking the question and resetting it are
 * ./check.js's, imported on a trainee's
 * first touch of a quiz (a pointer press, a key or the focus inside it), not at page
 * load. A check asked for before that module has arrived waits for it, with its status
 * region marked aria-busy, and runs then: no click is lost, and actions keep their order.
 */

import { element } from "./dom.js";
import { readStored, STORAGE_PREFIX } from "./storage.js";

/** ./check.js once imported (the same for every quiz on the page), and the promise of it. */
let checking = null;
let checkingLoad = null;

/** Import ./check.js once; resolves to the module. A failed import is tried again next time. */
export function loadChecking() {
  checkingLoad ??= import("./check.js").then((module) => { checking = module; return module; },
    (error) => { checkingLoad = null; throw error; });
  return checkingLoad;
}

/** Run action(checking) at once if ./check.js is here, else when it arrives, in the order asked; failed() if it cannot. */
export function withChecking(action, failed = () => {}) {
  if (checking) action(checking);
  else loadChecking().then(action, failed);
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
    this.type = form.dataset.type;
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

  /** True while a check waits for ./check.js: a second press does not check twice. */
  get waiting() {
    return this.status.hasAttribute("aria-busy");
  }

  /** The stored answer if there is one for this version of the question (none in an exam, a fresh attempt). */
  stored() {
    return this.quiz.exam ? null : readStored(this.key, this.version);
  }

  /** Score the current answer, show the feedback and remember it (./check.js). */
  check({ announce }) {
    if (this.waiting) return;
    if (!checking) this.status.setAttribute("aria-busy", "true");
    withChecking((module) => {
      this.status.removeAttribute("aria-busy");
      module.check(this, { announce });
    }, () => {
      this.status.removeAttribute("aria-busy");
      this.status.textContent = "Проверка не загрузилась: проверьте связь и попробуйте ещё раз.";
    });
  }

}
