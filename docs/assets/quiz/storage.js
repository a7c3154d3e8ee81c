/**
 * Answers kept in localStorage, keyed by quiz slug and question id; a stored
 * answer made for another version of a question is ignored.
 */

export const STORAGE_PREFIX = "casekit:quiz:v1";

/** The stored answer for key if it was made for this version of the question, else null. */
export function readStored(key, version) {
  try {
    const value = JSON.parse(window.localStorage.getItem(key) || "null");
    return value && typeof value === "object" && value.version === version ? value : null;
  } catch {
    return null;
  }
}

export function writeStored(key, value) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or disabled: the quiz still works for this visit */
  }
}

export function removeStored(key) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* nothing stored, nothing to remove */
  }
}

export const PROGRESS_PREFIX = "casekit:progress:v1";
const NAME_KEY = "casekit:trainee-name";

/** The trainee's name, kept in this browser for the next result code. */
export function readName() {
  try {
    return window.localStorage.getItem(NAME_KEY) || "";
  } catch {
    return "";
  }
}

export function writeName(name) {
  try {
    window.localStorage.setItem(NAME_KEY, name);
  } catch {
    /* storage disabled: the name is asked again next time */
  }
}

/** Record a finished attempt for the progress page; keeps the best score and the last one. */
export function saveProgress(slug, attempt) {
  const key = `${PROGRESS_PREFIX}:${slug}`;
  let previous = null;
  try {
    previous = JSON.parse(window.localStorage.getItem(key) || "null");
  } catch {
    previous = null;
  }
  const best = previous && previous.best > attempt.score ? previous.best : attempt.score;
  writeStored(key, { ...attempt, best, passedEver: Boolean(previous?.passedEver || attempt.passed) });
}
