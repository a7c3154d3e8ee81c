/** One search result as a list item: the page's title and kind as a link, then the snippet. */

/**
 * The snippet as nodes. Pagefind escapes the page text and adds <mark> around the
 * matched words; the parsed snippet is rebuilt from text and <mark> only, so nothing
 * else from an indexed page can reach the DOM as markup.
 */
function excerptNodes(excerpt) {
  const parsed = document.createElement("template");
  parsed.innerHTML = excerpt || "";
  return [...parsed.content.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent);
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function span(className, text) {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

export function resultItem(page) {
  const item = document.createElement("li");
  item.className = "site-search__result";
  const link = document.createElement("a");
  link.className = "site-search__link";
  link.href = page.url;
  link.append(span("site-search__title", page.meta?.title || page.url));
  const kind = page.filters?.kind?.[0];
  if (kind) link.append(span("site-search__hidden", ", "), span("site-search__kind", kind));
  item.append(link);
  const nodes = excerptNodes(page.excerpt);
  if (nodes.length) {
    const snippet = document.createElement("p");
    snippet.className = "site-search__excerpt";
    snippet.append(...nodes);
    item.append(snippet);
  }
  return item;
}
