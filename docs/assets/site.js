/**
 * site.js: the one script every page loads. It imports a feature's modules
 * only on the pages that use it, so a case page loads no quiz code. Runs on a
 * plain page load and after each of Material's instant navigations (document$).
 */

/** A CSS selector that marks a feature's markup, and the module that enhances it. */
const FEATURES = [
  { selector: ".quiz", module: "./quiz/quiz.js" },
  { selector: ".trainer", module: "./trainer/trainer.js" },
  { selector: "[data-progress]", module: "./progress/progress.js" },
  { selector: "form.diagnosis", module: "./diagnosis/diagnosis.js" },
  { selector: "[data-search]", module: "./search/search.js" },
];

function start() {
  for (const feature of FEATURES) {
    if (document.querySelector(feature.selector)) {
      import(feature.module).then((module) => module.init(document));
    }
  }
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => start());
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => start());
} else {
  start();
}
