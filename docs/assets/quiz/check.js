/**
 * quiz/check.js: how an answer is scored and shown. ./question.js imports this module
 * on a trainee's first touch of a quiz, or at once when answers are stored, so a page
 * load downloads only what draws the questions and lets a trainee answer. One grader
 * per question type (./check-choice.js, ./check-order.js, ./check-scenario.js), each with
 * evaluate(question): the outcome of the current answer, or null if there is none yet;
 * apply(question, answer): put a stored answer back, false if it does not fit;
 * lock(question) once it is checked, and unlock(question) to show it as new.
 *
 * It imports only modules that hold no state (./dom.js, ./storage.js): esbuild copies a
 * static import into every file that imports it, so ./question.js or ./result.js here
 * would be second copies. The panel and the questions come in as arguments.
 */

import * as choice from "./check-choice.js";
import * as order from "./check-order.js";
import * as scenario from "./check-scenario.js";
import { element, percent } from "./dom.js";
import { removeStored, writeStored } from "./storage.js";

const GRADERS = { single: choice, multiple: choice, order, scenario };
const VERDICT_TEXT = { right: "Верно", partial: "Частично верно", wrong: "Неверно" };

function verdictOf(score) {
  if (score >= 0.999) return "right";
  return score <= 0 ? "wrong" : "partial";
}

/** A copy of the question's explanation, if it has one. */
function explanation(question) {
  const source = question.answers.querySelector(".quiz-explanation");
  return source ? source.cloneNode(true) : document.createDocumentFragment();
}

/** Score the question's current answer, show the feedback and remember it; nothing if it has no answer yet. */
export function check(question, { announce }) {
  const outcome = GRADERS[question.type].evaluate(question);
  if (!outcome) return;
  outcome.verdict ??= verdictOf(outcome.score);
  question.result = outcome;
  const { quiz, status } = question;
  if (!quiz.exam) writeStored(question.key, { version: question.version, answer: outcome.answer, score: outcome.score });
  question.form.classList.add("is-answered");
  GRADERS[question.type].lock(question);
  status.replaceChildren();
  const verdict = element("p", { class: `quiz-verdict is-${outcome.verdict}` });
  verdict.append(element("strong", {}, `${VERDICT_TEXT[outcome.verdict]}.`));
  status.append(verdict, outcome.feedback, explanation(question));
  if (announce) status.focus({ preventScroll: false });
  quiz.update();
}

/** Put a stored answer back and show it checked, if it fits the question as it is now. */
export function restore(question, stored) {
  if (GRADERS[question.type].apply(question, stored.answer)) check(question, { announce: false });
}

/** Forget the question's answer and show it as new. */
export function reset(question) {
  removeStored(question.key);
  question.result = null;
  question.form.classList.remove("is-answered");
  question.status.replaceChildren();
  GRADERS[question.type].unlock(question);
}

/** The result panel's score of a finished attempt (every question has a result), and its report. */
export function showScore(panel, questions, passMark) {
  const total = questions.reduce((sum, q) => sum + q.result.score, 0) / questions.length;
  const passed = total * 100 >= passMark - 1e-9;
  panel.root.classList.toggle("is-passed", passed);
  panel.summary.textContent = `Ваш результат: ${percent(total)} при проходном балле ${percent(passMark / 100)}. ` +
    (passed ? "Квиз пройден." : "Квиз не пройден: перечитайте разборы и страницы ниже и попробуйте снова.");
  panel.report(questions, total, passed);
}
