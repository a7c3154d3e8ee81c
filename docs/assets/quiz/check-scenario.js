/** Scoring branching dialogues by the path taken (./scenario.js walks them); see ./check.js. */

import { element } from "./dom.js";

/** An ending's own verdict, as the quiz file names it; without one the points decide. */
const ENDING_VERDICT = { good: "right", partial: "partial", bad: "wrong" };

export function evaluate(question) {
  if (!question.hasAnswer()) return null;
  let points = 0;
  let node = question.nodes.get(question.start);
  for (const index of question.path) {
    const item = node.querySelector(`.quiz-choices > li[data-choice="${index}"]`);
    points += Number(item.dataset.points) || 0;
    node = question.nodes.get(item.dataset.next);
  }
  const score = question.maxPoints > 0 ? Math.min(1, Math.max(0, points / question.maxPoints)) : 1;
  const feedback = element("div", { class: "quiz-feedback" });
  feedback.append(element("p", {}, `Баллы за путь: ${points} из ${question.maxPoints}.`));
  return { answer: [...question.path], score, verdict: ENDING_VERDICT[question.current.dataset.verdict], feedback };
}

export function apply(question, answer) {
  if (!Array.isArray(answer) || !answer.every(Number.isInteger)) return false;
  const ok = question.showFrom(answer) && question.hasAnswer();
  if (!ok) question.showFrom([]);
  return ok;
}

export function lock(question) {
  if (question.quiz.exam) question.showFrom([...question.path]); /* now with the client's reactions */
  question.restartButton.hidden = question.quiz.exam;
}

/** Back to the first step. */
export function unlock(question) {
  question.showFrom([]);
}
