/** Single and multiple choice questions: what a trainee sees and ticks (./check-choice.js scores, locks and resets them). */

import { element } from "./dom.js";
import { Question } from "./question.js";

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
}
