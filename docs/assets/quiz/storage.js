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
