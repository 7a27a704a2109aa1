// How nodes and entries read in the panel.
import { h, humanize, plural } from './dom.js';

const ActorKinds = ['Profile', 'Country', 'Body', 'Organization'];

export function isActorKind(kind) {
  return ActorKinds.includes(kind);
}

/** The short label drawn on the graph: an acronym where there is one (ASEAN, INTERPOL), else the name. */
export function shortLabel(node) {
  if (!node) return '';
  if ((node.__typename === 'Profile' || node.__typename === 'Organization') && node.acronym) return node.acronym;
  return node.name || node.title || node.id;
}

/** The full name, with the acronym when the label uses it. */
export function fullName(node) {
  if (!node) return '';
  const name = node.name || node.title || node.id;
  return node.acronym && node.acronym !== name ? `${name} (${node.acronym})` : name;
}

export function kindLabel(kind) {
  return { Profile: 'profile', Country: 'country', Body: 'body', Organization: 'organization', Entry: 'entry' }[kind] || String(kind).toLowerCase();
}

export function sourceText(source) {
  if (!source) return '';
  const lines = source.firstLine === source.lastLine ? `line ${source.firstLine}` : `lines ${source.firstLine}–${source.lastLine}`;
  return `${source.document}, ${lines}`;
}

/** Every link of an entry, in one list: [{ kind, role, node, evidence, line, actor }]. */
export function entryLinks(entry) {
  const links = [];
  for (const b of entry.bodyLinks || []) links.push({ kind: 'Body', role: 'issued or ran it', node: b.body, evidence: b.evidence, line: b.line, actor: true });
  for (const i of entry.involvements || []) links.push({ kind: 'Country', role: humanize(i.role).toLowerCase(), node: i.country, evidence: i.evidence, line: i.line, actor: true });
  for (const o of entry.organizationMentions || []) links.push({ kind: 'Organization', role: 'named', node: o.organization, evidence: o.evidence, line: o.line, actor: true });
  for (const p of entry.placeLinks || []) {
    const where = p.place.country ? `${p.place.name}, ${p.place.country.name}` : p.place.name;
    links.push({ kind: 'Place', role: 'held in', node: { ...p.place, name: where }, evidence: p.evidence, line: p.line, actor: false });
  }
  // A theme link rests on the terms it matched; one resting on generic words only is shown as weak, with its confidence.
  for (const t of entry.themeMatches || []) {
    const role = t.weak ? `about (weak, ${t.confidence.toFixed(2)})` : `about (${t.confidence.toFixed(2)})`;
    links.push({ kind: 'Theme', role, node: t.theme, evidence: t.terms.join(', '), line: t.line, actor: false, weak: t.weak });
  }
  return links;
}

/** The actors an entry ties (its profile, bodies, countries, and organizations, plus the countries of its places). */
export function entryActorIds(entry) {
  const ids = new Set();
  if (entry.profile) ids.add(entry.profile.id);
  for (const b of entry.bodyLinks || []) ids.add(b.body.id);
  for (const i of entry.involvements || []) ids.add(i.country.id);
  for (const o of entry.organizationMentions || []) ids.add(o.organization.id);
  for (const p of entry.placeLinks || []) if (p.place.country) ids.add(p.place.country.id);
  return [...ids];
}

function linkItem(link, { onActor, relevant }) {
  const name = link.actor && onActor
    ? h('button', { type: 'button', class: 'linklike', dataset: { nodeId: link.node.id }, onclick: () => onActor(link.node.id) }, fullName(link.node))
    : h('span', { class: 'name' }, link.node.name);
  return h('li', { class: ['link', relevant && 'relevant', link.weak && 'weak'].filter(Boolean).join(' ') },
    h('span', { class: `tag tag-${link.kind.toLowerCase()}` }, `${link.kind} · ${link.role}`), ' ', name, ' ',
    h('q', { class: 'evidence' }, link.evidence), ' ',
    h('span', { class: 'line' }, `line ${link.line}`));
}

/**
 * One entry: title, kind, year, profile and source lines, and its links with their evidence and lines. Links touching
 * `focus` (actor ids) are listed first and marked; `ties` adds what ties each side of a cooperation link to it.
 */
export function renderEntry(entry, { focus = [], onActor, onEntry, ties, full = false } = {}) {
  const links = entryLinks(entry);
  const relevant = links.filter((l) => focus.includes(l.node.id));
  const others = links.filter((l) => !focus.includes(l.node.id));
  const title = onEntry
    ? h('button', { type: 'button', class: 'linklike entry-title', dataset: { entryId: entry.id }, onclick: () => onEntry(entry.id) }, entry.title)
    : h('span', { class: 'entry-title' }, entry.title);
  const meta = [humanize(entry.kind), entry.year, entry.status && humanize(entry.status), entry.profile && (entry.profile.acronym || entry.profile.name)]
    .filter(Boolean).join(' · ');
  const dates = (entry.dates || []).map((d) => d.text).join('; ');

  const list = (items) => h('ul', { class: 'links' }, items.map((l) => linkItem(l, { onActor, relevant: focus.includes(l.node.id) })));
  let linkSection;
  if (full || relevant.length === 0) {
    linkSection = h('div', { class: 'entry-links' }, h('p', { class: 'small muted' }, `Links and evidence (${links.length})`), list([...relevant, ...others]));
  } else {
    linkSection = h('div', { class: 'entry-links' },
      list(relevant),
      others.length > 0
        ? h('details', {}, h('summary', {}, `Its other links (${others.length})`), list(others))
        : null);
  }

  return h('article', { class: 'entry', dataset: { entryId: entry.id } },
    h('h4', {}, title),
    h('p', { class: 'meta' }, meta, dates && dates !== String(entry.year) ? ` · ${dates}` : ''),
    h('p', { class: 'source' }, 'Source: ', h('span', { class: 'source-lines' }, sourceText(entry.source))),
    ties ? h('p', { class: 'ties small' }, ties) : null,
    entry.description ? h('p', { class: full ? 'description' : 'description clamp' }, entry.description) : null,
    full && entry.items && entry.items.length > 0 ? h('ul', { class: 'items' }, entry.items.map((i) => h('li', {}, i))) : null,
    linkSection);
}

export function countText(count) {
  return plural(count, 'entry', 'entries');
}
