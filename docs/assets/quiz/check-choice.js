/** Scoring single and multiple choice questions (./choice.js draws them); see ./check.js. */

import { cloneChildren, element } from "./dom.js";

/** The answer key's entry for the option with this value. */
function feedbackItem(question, index) {
  return question.answers.querySelector(`[data-option="${index}"]`);
}

/** The option's own feedback, copied from the answer key, under a lead such as «Ваш ответ». */
function optionFeedback(question, index, lead) {
  const item = feedbackItem(question, index);
  const block = element("div", { class: `quiz-option-result is-${item.dataset.correct === "true" ? "right" : "wrong"}` });
  const label = question.byValue.get(index).labels[0];
  const title = element("p");
  title.append(element("strong", {}, `${lead}: `), cloneChildren(label));
  block.append(title, cloneChildren(item.querySelector(".quiz-option-feedback")));
  return block;
}

/** Mark each chosen or right option in its row, in words as well as in colour. */
function mark(question, chosen, correct) {
  question.byValue.forEach((input, index) => {
    const row = input.closest("li");
    row.querySelector(".quiz-mark")?.remove();
    if (!chosen.includes(index) && !correct.includes(index)) return;
    const isRight = correct.includes(index);
    row.classList.add(isRight ? "is-right" : "is-wrong");
    row.append(element("span", { class: "quiz-mark" }, isRight ? " ✓ верный вариант" : " ✗ неверный вариант"));
  });
}

export function evaluate(question) {
  const chosen = question.inputs.filter((input) => input.checked).map((input) => Number(input.value));
  if (chosen.length === 0) {
    question.hint.textContent = "Сначала выберите ответ.";
    return null;
  }
  question.hint.textContent = "";
  const correct = [...question.byValue.keys()].filter((i) => feedbackItem(question, i)?.dataset.correct === "true");
  const right = chosen.filter((i) => correct.includes(i)).length;
  const wrong = chosen.length - right;
  const score = Math.max(0, (right - wrong) / correct.length);
  const feedback = element("div", { class: "quiz-feedback" });
  for (const index of chosen) feedback.append(optionFeedback(question, index, "Ваш ответ"));
  for (const index of correct.filter((i) => !chosen.includes(i))) {
    feedback.append(optionFeedback(question, index, "Вы не отметили верный вариант"));
  }
  mark(question, chosen, correct);
  return { answer: chosen, score, feedback };
}

export function apply(question, answer) {
  if (!Array.isArray(answer) || answer.some((i) => !Number.isInteger(i) || !question.byValue.has(i))) return false;
  question.byValue.forEach((input, index) => { input.checked = answer.includes(index); });
  return answer.length > 0;
}

export function lock(question) {
  question.inputs.forEach((input) => { input.disabled = true; });
  question.button.hidden = true;
}

export function unlock(question) {
  question.inputs.forEach((input) => {
    input.disabled = false;
    input.checked = false;
    const row = input.closest("li");
    row.classList.remove("is-right", "is-wrong");
    row.querySelector(".quiz-mark")?.remove();
  });
  question.button.hidden = question.quiz.exam;
}
