/**
 * The result panel: how many are answered; then the score and pass or fail (drawn by
 * ./check.js, which every checked answer has brought). In exam mode it holds the «Завершить» button. The breakdown by group and tactic and the
 * result code below the score are ./report.js's, imported when they can be needed.
 */

import { element, percent } from "./dom.js";
import { withChecking } from "./question.js";

/** The report module, once imported (it is the same for every quiz on the page). */
let reportModule = null;
let reportLoading = null;

/** Import ./report.js once; resolves to the module. */
function loadReport() {
  reportLoading ??= import("./report.js").then((module) => { reportModule = module; return module; });
  return reportLoading;
}

export class ResultPanel {
  /**
   * @param {HTMLElement} root the .quiz element
   * @param {object} quiz the Quiz (questions, passMark, exam, finished, finish(), reset())
   */
  constructor(root, quiz) {
    this.root = root;
    this.quiz = quiz;
    this.panel = root.querySelector(".quiz-result");
    this.summary = this.panel.querySelector(".quiz-result-summary");
    this.summary.setAttribute("aria-live", "polite");
    this.details = element("div", { class: "quiz-result-details" });
    this.shown = 0; /* counts show() calls: a report that arrives late is drawn only for the latest */
    this.topics = new Map([...this.panel.querySelectorAll(".quiz-names [data-slug]")]
      .map((n) => [n.dataset.slug, { name: n.textContent, href: n.dataset.href }]));
    this.finishButton = element("button", { type: "button", class: "md-button md-button--primary quiz-finish" }, "Завершить");
    this.finishButton.addEventListener("click", () => this.finish());
    this.finishButton.hidden = !quiz.exam;
    this.resetButton = element("button", { type: "button", class: "md-button quiz-reset" }, "Сбросить ответы и начать заново");
    this.resetButton.addEventListener("click", () => quiz.reset());
    this.warning = element("p", { class: "quiz-warning", role: "alert" });
    this.panel.append(this.warning, this.details, this.finishButton, this.resetButton);
  }

  finish() {
    const missing = this.quiz.finish();
    this.warning.textContent = missing.length ? `Сначала ответьте на все вопросы: не отвечены ${missing.join(", ")}.` : "";
    if (!missing.length) this.summary.focus?.();
  }

  /** Recompute the panel from the questions shown. */
  show() {
    const { questions, passMark, exam, finished } = this.quiz;
    this.shown += 1;
    this.details.replaceChildren();
    this.resetButton.hidden = exam && finished;
    this.finishButton.hidden = !exam || finished;
    const answered = questions.filter((q) => (exam && !finished ? q.hasAnswer() : q.result));
    /* one more answer (or «Завершить») can finish the attempt: have the report ready by then */
    if (!reportLoading && (exam || answered.length >= questions.length - 1)) loadReport();
    if (exam && !finished) {
      this.summary.textContent = `Режим экзамена: разборы появятся, когда вы нажмёте «Завершить». Отвечено ${answered.length} из ${questions.length}.`;
      return;
    }
    if (answered.length < questions.length) {
      this.summary.textContent = `Отвечено ${answered.length} из ${questions.length}. Проходной балл — ${percent(passMark / 100)}.`;
      return;
    }
    /* every question has a result, so ./check.js is here already and this runs at once */
    withChecking((checking) => checking.showScore(this, questions, passMark));
  }

  /** Draw the report of the finished attempt now, or as soon as ./report.js has arrived. */
  report(questions, total, passed) {
    const draw = (module) => new module.Report(this).show(this.details, questions, total, passed);
    if (reportModule) {
      draw(reportModule);
      return;
    }
    const shown = this.shown;
    loadReport().then((module) => { if (shown === this.shown) draw(module); });
  }

  /** Resolves once the report the panel needs is drawn (at once when none is pending). */
  ready() {
    return reportLoading && !reportModule ? reportLoading.then(() => undefined) : Promise.resolve();
  }
}
