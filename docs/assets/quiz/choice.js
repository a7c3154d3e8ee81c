/** Single and multiple choice questions. */

import { cloneChildren, element } from "./dom.js";
import { Question, verdictOf } from "./question.js";

/** Single and multiple choice. */
export class ChoiceQuestion extends Question {
  constructor(form, quiz) {
    super(form, quiz);
    this.inputs = [...form.querySelectorAll(".quiz-options input")];
    /** Options are shown shuffled; an option's identity is its value (its place in the quiz file). */
    this.byValue = new Map(this.inputs.map((input) => [Number(input.value), input]));
    this.button = element("button", { type: "submit", class: "md-button quiz-check" }, "Проверить");
    this.hint = element("p", { class: "quiz-warning", role: "alert" });
    form.querySelector("fieldset").after(this.button, this.hint);
    this.button.hidden = quiz.exam;
  }

  hasAnswer() {
    return this.inputs.some((input) => input.checked);
  }

  feedbackItem(index) {
    return this.answers.querySelector(`[data-option="${index}"]`);
  }

  evaluate() {
    const chosen = this.inputs.filter((input) => input.checked).map((input) => Number(input.value));
    if (chosen.length === 0) {
      this.hint.textContent = "Сначала выберите ответ.";
      return null;
    }
    this.hint.textContent = "";
    const correct = [...this.byValue.keys()].filter((i) => this.feedbackItem(i)?.dataset.correct === "true");
    const right = chosen.filter((i) => correct.includes(i)).length;
    const wrong = chosen.length - right;
    const score = Math.max(0, (right - wrong) / correct.length);
    const feedback = element("div", { class: "quiz-feedback" });
    for (const index of chosen) feedback.append(this.optionFeedback(index, "Ваш ответ"));
    for (const index of correct.filter((i) => !chosen.includes(i))) {
      feedback.append(this.optionFeedback(index, "Вы не отметили верный вариант"));
    }
    this.mark(chosen, correct);
    return { answer: chosen, score, verdict: verdictOf(score), feedback };
  }

  optionFeedback(index, lead) {
    const item = this.feedbackItem(index);
    const block = element("div", { class: `quiz-option-result is-${item.dataset.correct === "true" ? "right" : "wrong"}` });
    const label = this.byValue.get(index).labels[0];
    const title = element("p");
    title.append(element("strong", {}, `${lead}: `), cloneChildren(label));
    block.append(title, cloneChildren(item.querySelector(".quiz-option-feedback")));
    return block;
  }

  mark(chosen, correct) {
    this.byValue.forEach((input, index) => {
      const row = input.closest("li");
      row.querySelector(".quiz-mark")?.remove();
      if (!chosen.includes(index) && !correct.includes(index)) return;
      const isRight = correct.includes(index);
      row.classList.add(isRight ? "is-right" : "is-wrong");
      row.append(element("span", { class: "quiz-mark" }, isRight ? " ✓ верный вариант" : " ✗ неверный вариант"));
    });
  }

  apply(answer) {
    if (!Array.isArray(answer) || answer.some((i) => !Number.isInteger(i) || !this.byValue.has(i))) return false;
    this.byValue.forEach((input, index) => { input.checked = answer.includes(index); });
    return answer.length > 0;
  }

  lock() {
    this.inputs.forEach((input) => { input.disabled = true; });
    this.button.hidden = true;
  }

  unlock() {
    this.inputs.forEach((input) => {
      input.disabled = false;
      input.checked = false;
      const row = input.closest("li");
      row.classList.remove("is-right", "is-wrong");
      row.querySelector(".quiz-mark")?.remove();
    });
    this.button.hidden = this.quiz.exam;
  }
}
