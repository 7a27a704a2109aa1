// The explorer: wires the URL's state, the API and the drawing together.
import {
  ActorQuery, ApiError, EntriesQuery, EntryQuery, LinkQuery, NamesQuery, NetworkQuery, PathsQuery, SearchQuery, cooperationQuery, graphql,
} from './api.js';
import { clear, h, highlight, humanize, plural } from './dom.js';
import {
  countText, entryActorIds, fullName, isActorKind, kindLabel, renderEntry, shortLabel,
} from './render.js';
import {
  actorEntriesFilter, both, entryFilter, kindOfId, linkKey, parseLink, readState, stateToHash,
} from './state.js';

const FilterKeys = ['profile', 'kind', 'theme', 'yfrom', 'yto'];
const ActorsPerRequest = 40;
const MaxHops = ['1', '2', '3', '4'];

const $ = (selector) => document.querySelector(selector);
const ui = {
  status: $('#status'),
  error: $('#error'),
  filters: $('#filters'),
  pathForm: $('#path-form'),
  pathFrom: $('#path-from'),
  pathTo: $('#path-to'),
  actors: $('#actors'),
  actorCount: $('#actor-count'),
  graph: $('#graph'),
  graphEmpty: $('#graph-empty'),
  panel: $('#panel'),
  panelTitle: $('#panel-title'),
  panelBody: $('#panel-body'),
  searchForm: $('#search-form'),
  searchInput: $('#search-input'),
};

let state = readState();
/** Actors of the drawn network by id: { id, kind, label, name, count, partners: [{ id, count }] }. */
let actors = new Map();
let networkKey = null;
let pickingPathFrom = null;
let panelSeq = 0;
let networkSeq = 0;
let paths = { key: null, list: [] };

// The drawing library (the largest file) loads while the first API request runs.
let graph = null;
const graphReady = import('./graph.js').then(({ Graph }) => {
  graph = new Graph(ui.graph, {
    onNode: (id) => chooseActor(id),
    onLink: (a, b) => setState({ link: linkKey(a, b), sel: undefined }, { focusPanel: true }),
    onKeyboardFocus: (id, label, count) => say(`${label}: ${countText(count)}. Enter opens it.`),
  });
  return graph;
});

function say(text) {
  ui.status.textContent = text;
}

function showError(error, where) {
  const code = error instanceof ApiError ? ` (${error.code})` : '';
  clear(ui.error);
  ui.error.append(
    h('strong', {}, `${where} failed${code}: `), error.message, ' ',
    h('button', { type: 'button', class: 'linklike', onclick: () => { ui.error.hidden = true; } }, 'Dismiss'));
  ui.error.hidden = false;
}

function clearError() {
  ui.error.hidden = true;
}

function filterOf(s = state) {
  return entryFilter(s);
}

function filterKey(s) {
  return JSON.stringify(FilterKeys.map((k) => s[k] || ''));
}

/** Changes the view and keeps it in the URL. */
function setState(patch, { focusPanel = false } = {}) {
  const next = { ...state, ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '') delete next[key];
  const previous = state;
  state = next;
  history.replaceState(null, '', stateToHash(state) || location.pathname + location.search);
  return apply(previous, { focusPanel });
}

/** Brings the page to `state`: network (when the filter changed), path, then panel. */
async function apply(previous, { focusPanel = false } = {}) {
  syncForms();
  if (networkKey !== filterKey(state)) {
    await loadNetwork();
  }
  if (!graph) return; // the drawing library did not load: the error says so
  const pathChanged = !previous || previous.from !== state.from || previous.to !== state.to || previous.hops !== state.hops
    || previous.alt !== state.alt || filterKey(previous) !== filterKey(state) || networkKey === null;
  if (pathChanged || !previous) await loadPath();
  await renderPanel({ focus: focusPanel });
}

function syncForms() {
  for (const key of FilterKeys) {
    const select = ui.filters.elements[key];
    if (select) ensureOption(select, state[key]).value = state[key] || '';
  }
  ensureOption(ui.pathFrom, state.from).value = state.from || '';
  ensureOption(ui.pathTo, state.to).value = state.to || '';
  ui.pathForm.elements.hops.value = state.hops || '3';
  if (document.activeElement !== ui.searchInput) ui.searchInput.value = state.q || '';
}

/** A select that can show `value` even when its options (from the API) do not hold it yet. */
function ensureOption(select, value) {
  if (value && ![...select.options].some((o) => o.value === value)) {
    select.append(h('option', { value }, actorLabel(value)));
  }
  return select;
}

/** Actors the address names that the filtered network does not draw (a shared path between actors filtered out), by id. */
const outside = new Map();

function actorLabel(id) {
  const node = outside.get(id);
  return actors.get(id)?.label || (node ? `${shortLabel(node)} (${kindLabel(node.__typename)})` : id);
}

/** Names the path finder's ends that the network does not draw, so their menus and the panel show names, not ids. */
async function nameOutsideActors() {
  const missing = [state.from, state.to].filter((id) => id && !actors.has(id) && !outside.has(id));
  if (missing.length === 0) return;
  try {
    const data = await graphql(NamesQuery, { ids: missing });
    for (const node of data.nodes) if (node) outside.set(node.id, node);
  } catch {
    return; // an id that names nothing is the path search's to report (NODE_NOT_FOUND)
  }
  for (const select of [ui.pathFrom, ui.pathTo]) {
    for (const option of select.options) if (outside.has(option.value)) option.textContent = actorLabel(option.value);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// The network

async function loadNetwork() {
  const seq = ++networkSeq;
  const key = filterKey(state);
  const where = filterOf();
  say('Loading the cooperation network…');
  ui.graph.setAttribute('aria-busy', 'true');
  try {
    const data = await graphql(NetworkQuery, { where });
    if (seq !== networkSeq) return;
    fillFilterOptions(data.options);

    const found = new Map();
    for (const [group, kind] of [['profiles', 'Profile'], ['countries', 'Country'], ['bodies', 'Body'], ['organizations', 'Organization']]) {
      for (const facet of data.actors[group]) {
        if (!facet.node) continue;
        found.set(facet.value, { id: facet.value, kind, label: shortLabel(facet.node), name: fullName(facet.node), count: facet.count, partners: [] });
      }
    }

    const ids = [...found.keys()];
    const batches = [];
    for (let i = 0; i < ids.length; i += ActorsPerRequest) batches.push(ids.slice(i, i + ActorsPerRequest));
    const answers = await Promise.all(batches.map((batch) => {
      const variables = { where };
      batch.forEach((id, i) => { variables[`id${i}`] = id; });
      return graphql(cooperationQuery(batch), variables).then((d) => batch.map((id, i) => [id, d[`a${i}`]]));
    }));
    if (seq !== networkSeq) return;

    const links = new Map();
    for (const [id, partners] of answers.flat()) {
      for (const p of partners) {
        if (!found.has(p.partner.id) || p.count === 0) continue;
        found.get(id).partners.push({ id: p.partner.id, count: p.count });
        const [a, b] = [id, p.partner.id].sort();
        if (!links.has(linkKey(a, b))) links.set(linkKey(a, b), { id: linkKey(a, b), source: a, target: b, count: p.count });
      }
    }

    actors = found;
    networkKey = key;
    const list = [...found.values()];
    await graphReady;
    if (seq !== networkSeq) return;
    await graph.setNetwork(list, [...links.values()]);
    renderActorList(list);
    fillPathOptions(list);
    const empty = list.length === 0;
    ui.graphEmpty.hidden = !empty;
    ui.graphEmpty.textContent = empty ? 'No entries match these filters: nothing to draw. Clear the filters to see the whole network.' : '';
    say(`${plural(list.length, 'actor')} and ${plural(links.size, 'link')}, from ${countText(data.actors.totalCount)}.`);
    clearError();
  } catch (error) {
    if (seq !== networkSeq) return;
    networkKey = key;
    actors = new Map();
    try {
      await (await graphReady).setNetwork([], []);
    } catch (loadError) {
      showError(loadError, 'Loading the drawing library');
    }
    renderActorList([]);
    ui.graphEmpty.hidden = false;
    ui.graphEmpty.textContent = `The network could not be loaded: ${error.message}`;
    say('The network could not be loaded.');
    showError(error, 'Loading the network');
  } finally {
    if (seq === networkSeq) ui.graph.removeAttribute('aria-busy');
  }
}

let optionsFilled = false;

function fillFilterOptions(options) {
  if (optionsFilled) return;
  optionsFilled = true;
  const add = (select, items) => {
    const current = select.value;
    for (const item of items) select.append(h('option', { value: item.value }, item.label));
    select.value = current;
  };
  add(ui.filters.elements.profile, options.profiles.map((f) => ({ value: f.value, label: `${shortLabel(f.node)} (${f.count})` })));
  add(ui.filters.elements.kind, options.kinds.map((f) => ({ value: f.value, label: `${humanize(f.value)} (${f.count})` })));
  add(ui.filters.elements.theme, options.themes.map((f) => ({ value: f.value, label: `${f.node ? f.node.name : f.value} (${f.count})` })));
  const years = options.years.map((f) => ({ value: f.value, label: f.value }));
  add(ui.filters.elements.yfrom, years);
  add(ui.filters.elements.yto, years);
  // Options the URL named before they existed were added as bare ids: drop those now the real ones are here.
  for (const key of FilterKeys) dedupeOptions(ui.filters.elements[key]);
  syncForms();
}

function dedupeOptions(select) {
  const seen = new Set();
  for (const option of [...select.options].reverse()) {
    if (seen.has(option.value)) option.remove();
    seen.add(option.value);
  }
}

function fillPathOptions(list) {
  const sorted = [...list].sort((a, b) => a.label.localeCompare(b.label));
  for (const select of [ui.pathFrom, ui.pathTo]) {
    const current = select.value;
    select.replaceChildren(h('option', { value: '' }, 'choose an actor'),
      ...sorted.map((a) => h('option', { value: a.id }, `${a.label} (${kindLabel(a.kind)})`)));
    ensureOption(select, current).value = current;
  }
}

function renderActorList(list) {
  const sorted = [...list].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  ui.actorCount.textContent = `(${sorted.length})`;
  ui.actors.replaceChildren(...sorted.map((actor) => {
    const partners = [...actor.partners].sort((a, b) => b.count - a.count)
      .map((p) => `${actors.get(p.id)?.label || p.id} ${p.count}`).join(', ');
    return h('li', { dataset: { nodeId: actor.id, kind: actor.kind } },
      h('button', { type: 'button', class: 'actor', dataset: { nodeId: actor.id }, onclick: () => chooseActor(actor.id), title: actor.name },
        h('span', { class: `dot dot-${actor.kind.toLowerCase()}`, 'aria-hidden': 'true' }),
        h('span', { class: 'actor-name' }, actor.label),
        h('span', { class: 'actor-count' }, `${actor.count}`),
        h('span', { class: 'visually-hidden' }, `, ${kindLabel(actor.kind)}, ${countText(actor.count)}`)),
      partners ? h('span', { class: 'partners small muted' }, `with ${partners}`) : null);
  }));
}

/** A click on an actor, in the drawing or the list: opens it, or ends the path it was picked as the start of. */
function chooseActor(id) {
  if (pickingPathFrom && pickingPathFrom !== id) {
    const from = pickingPathFrom;
    stopPicking();
    setState({ from, to: id, alt: undefined, sel: undefined, link: undefined, q: undefined }, { focusPanel: true });
    return;
  }
  stopPicking();
  setState({ sel: id, link: undefined }, { focusPanel: true });
}

function startPicking(id) {
  pickingPathFrom = id;
  document.body.classList.add('picking');
  say(`Path from ${actors.get(id)?.label || id}: click the actor to reach, in the drawing or the list (Escape cancels).`);
  ui.actors.querySelector('button')?.focus();
}

function stopPicking() {
  if (!pickingPathFrom) return;
  pickingPathFrom = null;
  document.body.classList.remove('picking');
}

// ---------------------------------------------------------------------------------------------------------------------
// The path finder

async function loadPath() {
  if (!state.from || !state.to || state.from === state.to) {
    paths = { key: null, list: [] };
    graph.clearPath();
    return;
  }
  await nameOutsideActors();
  const hops = MaxHops.includes(state.hops) ? Number(state.hops) : 3;
  const key = JSON.stringify([state.from, state.to, hops, filterKey(state)]);
  if (paths.key !== key) {
    try {
      const data = await graphql(PathsQuery, { from: state.from, to: state.to, hops, where: filterOf() });
      paths = { key, list: data.cooperationPaths, error: null };
    } catch (error) {
      paths = { key, list: [], error };
      showError(error, 'Finding a path');
    }
  }
  const path = chosenPath();
  graph.showPath(path ? drawablePath(path) : null);
}

function chosenPath() {
  const index = Number(state.alt || 0);
  return paths.list[Number.isInteger(index) && index >= 0 && index < paths.list.length ? index : 0] || null;
}

function drawablePath(path) {
  return {
    actors: path.actors.map((a) => ({ id: a.id, label: shortLabel(a), kind: a.__typename })),
    links: path.links.map((l) => ({ from: l.from.id, to: l.to.id })),
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// The panel: one of an actor, an entry, a link, a path or the search results (in that order of precedence)

function panelKind() {
  if (state.sel) return kindOfId(state.sel) === 'Entry' ? 'entry' : 'actor';
  if (state.link) return 'link';
  if (state.q) return 'search';
  if (state.from && state.to) return 'path';
  return null;
}

async function renderPanel({ focus = false } = {}) {
  const kind = panelKind();
  const seq = ++panelSeq;
  if (!kind) {
    const wasShown = !ui.panel.hidden;
    ui.panel.hidden = true;
    delete ui.panel.dataset.kind;
    graph.clearEmphasis();
    if (wasShown) graph.refit();
    return;
  }
  const wasHidden = ui.panel.hidden;
  ui.panel.hidden = false;
  ui.panel.dataset.kind = kind;
  if (wasHidden) graph.refit();
  ui.panel.setAttribute('aria-busy', 'true');
  try {
    const render = { actor: actorPanel, entry: entryPanel, link: linkPanel, search: searchPanel, path: pathPanel }[kind];
    const content = await render(() => seq === panelSeq);
    if (seq !== panelSeq || !content) return;
    ui.panelTitle.textContent = content.title;
    ui.panelBody.replaceChildren(...content.body.filter(Boolean));
    ui.panelBody.scrollTop = 0;
    if (focus) ui.panelTitle.focus();
  } catch (error) {
    if (seq !== panelSeq) return;
    ui.panelTitle.textContent = 'Something went wrong';
    ui.panelBody.replaceChildren(h('p', { class: 'panel-error', role: 'alert' },
      error instanceof ApiError ? `The API refused the request (${error.code}): ${error.message}` : `The page failed: ${error.message}`));
    showError(error, 'Loading the panel');
  } finally {
    if (seq === panelSeq) ui.panel.removeAttribute('aria-busy');
  }
}

function back() {
  if (state.q && (state.sel || state.link)) {
    return h('button', { type: 'button', class: 'linklike back', onclick: () => setState({ sel: undefined, link: undefined }, { focusPanel: true }) },
      '← Back to the search results');
  }
  if (state.from && state.to && (state.sel || state.link)) {
    return h('button', { type: 'button', class: 'linklike back', onclick: () => setState({ sel: undefined, link: undefined }, { focusPanel: true }) },
      '← Back to the path');
  }
  return null;
}

const openActor = (id) => chooseActor(id);
const openEntry = (id) => setState({ sel: id, link: undefined }, { focusPanel: true });

async function actorPanel(current) {
  const id = state.sel;
  const kind = actors.get(id)?.kind || kindOfId(id);
  const where = filterOf();
  const entriesWhere = both(where, actorEntriesFilter(kind, id));
  const data = await graphql(ActorQuery, { id, where, entries: entriesWhere, after: null, withPartners: true });
  if (!current()) return null;
  if (!data.node) return { title: 'Not found', body: [h('p', {}, `The graph has no actor ${id}.`)] };
  graph.focusNode(id);

  const actor = data.node;
  const partners = data.cooperation || [];
  const entryList = h('div', { class: 'entries' });
  const more = h('div');
  const addEntries = (page) => {
    entryList.append(...page.nodes.map((e) => renderEntry(e, { focus: [id], onActor: openActor, onEntry: openEntry })));
    more.replaceChildren();
    if (page.pageInfo.hasNextPage) {
      more.append(h('button', {
        type: 'button',
        onclick: async (event) => {
          event.target.disabled = true;
          try {
            const next = await graphql(ActorQuery, { id, where, entries: entriesWhere, after: page.pageInfo.endCursor, withPartners: false });
            addEntries(next.entries);
          } catch (error) {
            event.target.disabled = false;
            showError(error, 'Loading more entries');
          }
        },
      }, `More entries (${page.totalCount - entryList.children.length} left)`));
    }
  };
  addEntries(data.entries);

  return {
    title: fullName(actor),
    body: [
      back(),
      h('p', { class: 'meta' }, `${humanize(kindLabel(actor.__typename))} · ${countText(data.entries.totalCount)}`, where ? ' (filtered)' : ''),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', onclick: () => startPicking(id) }, 'Path from here…'),
        h('button', { type: 'button', onclick: () => graph.focusNode(id) }, 'Show in the drawing')),
      h('h3', {}, `Partners (${partners.length})`),
      partners.length === 0
        ? h('p', { class: 'muted' }, 'No partner shares its entries under these filters.')
        : h('ul', { class: 'partners-list' }, partners.map((p) => h('li', {},
          h('button', {
            type: 'button', class: 'linklike', dataset: { linkTo: p.partner.id },
            onclick: () => setState({ link: linkKey(id, p.partner.id), sel: undefined }, { focusPanel: true }),
          }, fullName(p.partner)),
          h('span', { class: 'muted' }, ` ${countText(p.count)} · strength ${p.strength.toFixed(2)}`)))),
      h('h3', {}, `Entries (${data.entries.totalCount})`),
      entryList,
      more,
    ],
  };
}

async function entryPanel(current) {
  const data = await graphql(EntryQuery, { id: state.sel });
  if (!current()) return null;
  const entry = data.node;
  if (!entry || entry.__typename !== 'Entry') return { title: 'Not found', body: [h('p', {}, `The graph has no entry ${state.sel}.`)] };
  graph.focusEntry(entry.id, entryActorIds(entry));
  return {
    title: entry.title,
    body: [back(), renderEntry(entry, { onActor: openActor, full: true })],
  };
}

function evidenceTies(e, fromName, toName) {
  const kinds = (list) => list.map((k) => humanize(k).toLowerCase()).join(', ');
  return `${fromName}: ${kinds(e.fromEvidence)} · ${toName}: ${kinds(e.toEvidence)} · weight ${e.weight.toFixed(2)}`;
}

function linkSummary(link, fromName, toName) {
  const years = link.firstYear ? (link.firstYear === link.lastYear ? `${link.firstYear}` : `${link.firstYear}–${link.lastYear}`) : null;
  const kinds = link.kinds.filter((k) => k !== 'SHARED_ENTRIES').map((k) => (k === 'MEMBERSHIP' ? 'membership' : 'state and its profile'));
  return [
    link.count > 0 ? `${plural(link.count, 'shared entry', 'shared entries')}` : null,
    ...kinds,
    years,
    `strength ${link.strength.toFixed(2)}`,
  ].filter(Boolean).join(' · ') || `${fromName} and ${toName}`;
}

/** Entries with their links, by id (at most 50: one request). */
async function entriesById(ids) {
  const unique = [...new Set(ids)].slice(0, 50);
  if (unique.length === 0) return new Map();
  const data = await graphql(EntriesQuery, { ids: unique });
  return new Map(data.nodes.filter(Boolean).map((e) => [e.id, e]));
}

async function linkPanel(current) {
  const ends = parseLink(state.link);
  if (!ends) return { title: 'Not found', body: [h('p', {}, `"${state.link}" is not a link.`)] };
  const [from, to] = ends;
  const data = await graphql(LinkQuery, { from, to, where: filterOf() });
  if (!current()) return null;
  const link = data.cooperationPaths[0]?.links[0];
  const entries = link ? await entriesById(link.evidence.map((e) => e.entry.id)) : new Map();
  if (!current()) return null;
  const fromName = actors.get(from)?.label || from;
  const toName = actors.get(to)?.label || to;
  if (!link) {
    return { title: `${fromName} — ${toName}`, body: [back(), h('p', {}, 'These two actors share no entry under these filters.')] };
  }
  graph.focusLink(from, to);
  const shown = link.evidence.length;
  return {
    title: `${fullName(link.from)} — ${fullName(link.to)}`,
    body: [
      back(),
      h('p', { class: 'meta' }, linkSummary(link, fromName, toName)),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'linklike', onclick: () => openActor(from) }, `Open ${fromName}`),
        h('button', { type: 'button', class: 'linklike', onclick: () => openActor(to) }, `Open ${toName}`)),
      h('h3', {}, `Shared entries${shown < link.count ? ` (the strongest ${shown} of ${link.count})` : ` (${link.count})`}`),
      h('div', { class: 'entries' }, link.evidence.filter((e) => entries.has(e.entry.id)).map((e) => renderEntry(entries.get(e.entry.id), {
        focus: [from, to], onActor: openActor, onEntry: openEntry, ties: evidenceTies(e, shortLabel(link.from), shortLabel(link.to)),
      }))),
    ],
  };
}

async function searchPanel(current) {
  const data = await graphql(SearchQuery, { query: state.q, where: filterOf() });
  if (!current()) return null;
  graph.clearEmphasis();
  const hits = data.search.nodes;
  return {
    title: `Search: ${state.q}`,
    body: [
      h('p', { class: 'meta' }, `${countText(data.search.totalCount)} match${data.search.totalCount === 1 ? 'es' : ''}`,
        filterOf() ? ' (within the filters)' : '', hits.length < data.search.totalCount ? `; the best ${hits.length} are listed` : ''),
      hits.length === 0 ? h('p', {}, 'Nothing matches. Try other words, or clear the filters.') : null,
      h('ol', { class: 'results' }, hits.map((hit) => h('li', { class: 'result' },
        h('button', { type: 'button', class: 'linklike entry-title', dataset: { entryId: hit.entry.id }, onclick: () => openEntry(hit.entry.id) }, hit.entry.title),
        h('p', { class: 'meta' }, [humanize(hit.entry.kind), hit.entry.year, hit.entry.profile.acronym || hit.entry.profile.name].filter(Boolean).join(' · ')),
        hit.highlights.slice(1).map((passage) => h('p', { class: 'highlight small' }, highlight(passage)))))),
    ],
  };
}

async function pathPanel(current) {
  const fromName = actors.get(state.from)?.label || shortLabel(outside.get(state.from)) || state.from;
  const toName = actors.get(state.to)?.label || shortLabel(outside.get(state.to)) || state.to;
  if (state.from === state.to) return { title: 'Path finder', body: [h('p', {}, 'Choose two different actors.')] };
  if (paths.error) {
    return { title: `${fromName} → ${toName}`, body: [h('p', { class: 'panel-error', role: 'alert' }, `No path could be found (${paths.error.code}): ${paths.error.message}`)] };
  }
  const path = chosenPath();
  const hops = MaxHops.includes(state.hops) ? state.hops : '3';
  if (!path) {
    graph.clearEmphasis();
    say(`No path between ${fromName} and ${toName}.`);
    return {
      title: `${fromName} → ${toName}`,
      body: [h('p', {}, `No path of at most ${hops} links joins them${filterOf() ? ' under these filters' : ''}.`)],
    };
  }
  const byId = await entriesById(path.links.flatMap((l) => l.evidence.map((e) => e.entry.id)));
  if (!current()) return null;
  const names = new Map(path.actors.map((a) => [a.id, a]));
  const label = (id) => shortLabel(names.get(id)) || id;
  graph.focusPath();
  say(`Path: ${path.actors.map((a) => shortLabel(a)).join(' → ')} (${plural(path.length, 'link')}).`);
  const index = paths.list.indexOf(path);

  const others = paths.list.map((p, i) => ({ p, i })).filter(({ i }) => i !== index);
  return {
    title: `${label(state.from)} → ${label(state.to)}`,
    body: [
      h('p', { class: 'path-line', dataset: { path: path.actors.map((a) => a.id).join(' ') } },
        path.actors.flatMap((a, i) => [i > 0 ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → ') : null,
          h('button', { type: 'button', class: 'linklike', onclick: () => openActor(a.id) }, shortLabel(a))])),
      h('p', { class: 'meta' }, `${plural(path.length, 'link')} · strength ${path.strength.toFixed(3)}${index > 0 ? ` · path ${index + 1} of ${paths.list.length}` : ''}`),
      h('ol', { class: 'path-links' }, path.links.map((link) => h('li', {},
        h('h3', {}, h('button', {
          type: 'button', class: 'linklike', onclick: () => setState({ link: linkKey(link.from.id, link.to.id) }, { focusPanel: true }),
        }, `${label(link.from.id)} — ${label(link.to.id)}`)),
        h('p', { class: 'meta' }, linkSummary(link, label(link.from.id), label(link.to.id))),
        link.evidence.map((e) => (byId.has(e.entry.id)
          ? renderEntry(byId.get(e.entry.id), {
            focus: [link.from.id, link.to.id], onActor: openActor, onEntry: openEntry, ties: evidenceTies(e, label(link.from.id), label(link.to.id)),
          })
          : null))))),
      others.length > 0 ? h('h3', {}, 'Other paths') : null,
      others.length > 0 ? h('ul', { class: 'other-paths' }, others.map(({ p, i }) => h('li', {},
        h('button', { type: 'button', class: 'linklike', onclick: () => setState({ alt: i === 0 ? undefined : String(i) }, { focusPanel: true }) },
          p.actors.map((a) => shortLabel(a)).join(' → ')),
        h('span', { class: 'muted' }, ` ${plural(p.length, 'link')} · ${p.strength.toFixed(3)}`)))) : null,
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Wiring

ui.filters.addEventListener('change', () => {
  const patch = {};
  for (const key of FilterKeys) patch[key] = ui.filters.elements[key].value || undefined;
  setState({ ...patch, alt: undefined });
});

ui.filters.addEventListener('reset', (event) => {
  event.preventDefault();
  const patch = {};
  for (const key of FilterKeys) patch[key] = undefined;
  setState(patch);
});

ui.pathForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const from = ui.pathFrom.value;
  const to = ui.pathTo.value;
  if (!from || !to) {
    say('Choose both ends of the path.');
    (from ? ui.pathTo : ui.pathFrom).focus();
    return;
  }
  stopPicking();
  setState({ from, to, hops: ui.pathForm.elements.hops.value === '3' ? undefined : ui.pathForm.elements.hops.value, alt: undefined, sel: undefined, link: undefined, q: undefined }, { focusPanel: true });
});

$('#path-clear').addEventListener('click', () => {
  stopPicking();
  setState({ from: undefined, to: undefined, alt: undefined, hops: undefined });
});

$('#path-swap').addEventListener('click', () => {
  const from = ui.pathFrom.value;
  ui.pathFrom.value = ui.pathTo.value;
  ui.pathTo.value = from;
});

ui.searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = ui.searchInput.value.trim();
  setState({ q: q || undefined, sel: undefined, link: undefined }, { focusPanel: !!q });
});

$('#panel-close').addEventListener('click', () => closeTopPanel());

/** Escape (or ×) closes what is on top: the picked path start, then an actor, entry or link, then the search, then the path. */
function closeTopPanel() {
  if (pickingPathFrom) {
    stopPicking();
    say('Path picking cancelled.');
    return;
  }
  if (state.sel || state.link) setState({ sel: undefined, link: undefined });
  else if (state.q) setState({ q: undefined });
  else if (state.from || state.to) setState({ from: undefined, to: undefined, alt: undefined, hops: undefined });
  ui.graph.focus();
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  if (event.target instanceof HTMLInputElement && event.target.type === 'search' && event.target.value !== '') return;
  if (event.target instanceof HTMLSelectElement) return;
  closeTopPanel();
});

window.addEventListener('hashchange', () => {
  const previous = state;
  state = readState();
  apply(previous);
});

window.addEventListener('resize', () => graph?.resize());

apply(null).then(() => { document.body.dataset.ready = 'true'; });
