// Small DOM helpers: every text from the API goes in as text, never as HTML.

/** h('button', { class: 'x', dataset: { id } , onclick }, 'text', child) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const Entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/' };

function decode(text) {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|#x2F);/g, (entity) => Entities[entity] ?? entity);
}

/**
 * A search highlight ("ASEAN-<em>Japan</em> ..."; the API escapes everything else) as text with <mark> elements,
 * without handing the string to the HTML parser.
 */
export function highlight(passage) {
  const parts = String(passage).split(/(<em>|<\/em>)/);
  const nodes = [];
  let marked = false;
  for (const part of parts) {
    if (part === '<em>') marked = true;
    else if (part === '</em>') marked = false;
    else if (part !== '') nodes.push(marked ? h('mark', {}, decode(part)) : document.createTextNode(decode(part)));
  }
  return nodes;
}

export function clear(element) {
  element.replaceChildren();
}

/** "MEETING" -> "Meeting", "EXTERNAL_COOPERATION" -> "External cooperation". */
export function humanize(value) {
  const text = String(value).toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
