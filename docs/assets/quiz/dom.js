/** Helpers shared by the quiz modules: making elements, copying authored HTML, showing a share. */

/** Create an element with attributes and text. */
export function element(tag, attributes = {}, text = "") {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** Deep copies of an element's children, to show authored HTML a second time. */
export function cloneChildren(source) {
  const fragment = document.createDocumentFragment();
  if (source) for (const child of source.childNodes) fragment.append(child.cloneNode(true));
  return fragment;
}

/** Format a share as a Russian percentage. */
export function percent(score) {
  return `${Math.round(score * 100)}\u00a0%`;
}
