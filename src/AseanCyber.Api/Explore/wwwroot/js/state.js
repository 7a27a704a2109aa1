// The view lives in the URL's hash, so a link reproduces it: filters, the search, the selection and the path.
//   profile, kind, theme, yfrom, yto  the entry filter (EntryFilterInput)
//   q                                 the search
//   sel                               the actor or entry shown in the panel
//   link                              the link shown in the panel, as "<id>~<id>"
//   from, to, hops, alt               the path finder: its ends, the most links, which of the paths found is drawn
const Keys = ['profile', 'kind', 'theme', 'yfrom', 'yto', 'q', 'sel', 'link', 'from', 'to', 'hops', 'alt'];

export function readState(hash = location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = {};
  for (const key of Keys) {
    const value = params.get(key);
    if (value !== null && value !== '') state[key] = value;
  }
  return state;
}

export function stateToHash(state) {
  const params = new URLSearchParams();
  for (const key of Keys) {
    if (state[key] !== undefined && state[key] !== null && state[key] !== '') params.set(key, String(state[key]));
  }
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/** The entry filter the state selects, or null for every entry. */
export function entryFilter(state) {
  const parts = [];
  if (state.profile) parts.push({ profile: { id: { eq: state.profile } } });
  if (state.kind) parts.push({ kind: { eq: state.kind } });
  if (state.theme) parts.push({ themes: { some: { id: { eq: state.theme } } } });
  const year = {};
  if (state.yfrom && /^\d+$/.test(state.yfrom)) year.gte = Number(state.yfrom);
  if (state.yto && /^\d+$/.test(state.yto)) year.lte = Number(state.yto);
  if (Object.keys(year).length > 0) parts.push({ year });
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : { and: parts };
}

/** An actor's own entries, as the API counts them for cooperation and facets. */
export function actorEntriesFilter(kind, id) {
  switch (kind) {
    case 'Profile': return { profile: { id: { eq: id } } };
    case 'Country': return { countries: { some: { id: { eq: id } } } };
    case 'Body': return { bodies: { some: { id: { eq: id } } } };
    case 'Organization': return { organizations: { some: { id: { eq: id } } } };
    default: return null;
  }
}

/** Both filters (either may be null). */
export function both(a, b) {
  if (!a) return b;
  if (!b) return a;
  return { and: [a, b] };
}

/** The GraphQL type of an actor from its readable id ("country:JP"), for ids the drawing does not hold. */
export function kindOfId(id) {
  const prefix = String(id).split(':')[0];
  return { profile: 'Profile', country: 'Country', body: 'Body', organization: 'Organization', entry: 'Entry' }[prefix] || null;
}

export function linkKey(a, b) {
  return `${a}~${b}`;
}

export function parseLink(value) {
  const at = value ? value.indexOf('~') : -1;
  return at > 0 ? [value.slice(0, at), value.slice(at + 1)] : null;
}
