/**
 * Re-scoring a decoded result code against the current quizzes (trainer/quizzes.json),
 * the same way casekit/trainer/scoring.py does: an answer counts only if its
 * question is unchanged (same tag); a changed one is named and left out.
 */

function scoreQuestion(question, values) {
  if (question.type === "single" || question.type === "multiple") {
    const right = question.right;
    const hits = values.filter((v) => right.includes(v)).length;
    return right.length ? Math.max(0, (hits - (new Set(values).size - hits)) / right.length) : 0;
  }
  if (question.type === "order") return values.filter((item, place) => item === place).length / question.items;
  let node = question.nodes[question.start];
  let points = 0;
  for (const index of values) {
    if (!node || index >= node.choices.length) return 0;
    points += node.choices[index][1];
    node = question.nodes[node.choices[index][0]];
  }
  if (!node || !node.ending) return 0;
  return question.maxPoints > 0 ? Math.min(1, Math.max(0, points / question.maxPoints)) : 1;
}

function sameQuestion(quiz, answer) {
  const atPlace = quiz.questions[answer.place];
  if (atPlace && atPlace.tag === answer.tag) return atPlace;
  const moved = quiz.questions.filter((q) => q.tag === answer.tag && q.type === answer.type);
  return moved.length === 1 ? moved[0] : null;
}

/** @returns {{quiz, name, results: {place, question, score}[], percent: number, passed: boolean, topics: Map}} */
export function verify(quiz, attempt) {
  const results = attempt.answers.map((answer) => {
    const question = sameQuestion(quiz, answer);
    return { place: answer.place, question, score: question ? scoreQuestion(question, answer.values) : null };
  });
  const scored = results.filter((r) => r.score !== null);
  const percent = scored.length ? (100 * scored.reduce((s, r) => s + r.score, 0)) / scored.length : 0;
  const topics = new Map();
  for (const r of scored) {
    for (const slug of r.question.topics) {
      const list = topics.get(slug) || [];
      list.push(r.score);
      topics.set(slug, list);
    }
  }
  const means = new Map([...topics].map(([slug, list]) => [slug, list.reduce((a, b) => a + b, 0) / list.length]));
  return { quiz, name: attempt.name, results, percent, passed: scored.length > 0 && percent >= quiz.passMark - 1e-9, topics: means };
}
