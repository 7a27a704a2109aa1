// The explorer's only data source: the public GraphQL API, POST application/json, next to this page.
const endpoint = new URL('../graphql', document.baseURI).toString();

/** An API answer the page cannot use: its code (the API's extensions.code, or HTTP/NETWORK) and message. */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Runs one operation; resolves to its data, or rejects with an ApiError that says plainly what went wrong. */
export async function graphql(query, variables = {}, signal = undefined) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(`The API at ${endpoint} could not be reached (${error.message}).`, 'NETWORK');
  }

  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('json')) {
    throw new ApiError(`The API answered ${response.status} ${response.statusText} without a GraphQL response.`, `HTTP_${response.status}`);
  }

  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} with a body that is not JSON.`, `HTTP_${response.status}`);
  }

  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const first = body.errors[0];
    const code = first.extensions?.code || `HTTP_${response.status}`;
    const more = body.errors.length > 1 ? ` (and ${body.errors.length - 1} more)` : '';
    throw new ApiError(`${first.message}${more}`, code);
  }

  if (!response.ok || !body.data) {
    throw new ApiError(`The API answered ${response.status} ${response.statusText}.`, `HTTP_${response.status}`);
  }

  return body.data;
}

// Names of every kind of actor (and of the other nodes an entry links to), for labels.
const Names = `
  fragment Names on Node {
    id
    __typename
    ... on Profile { name acronym }
    ... on Country { name code }
    ... on Body { name }
    ... on Organization { name acronym }
    ... on Theme { name }
    ... on Place { name }
    ... on Entry { title }
  }`;

// An entry with every link it has, each with its evidence text and source line.
const EntryLinks = `
  fragment EntryLinks on Entry {
    id title kind year status
    dates { text }
    description
    items
    source { document firstLine lastLine }
    profile { id name acronym }
    bodyLinks { body { id name } evidence line }
    involvements { country { id name } role evidence line }
    placeLinks { place { id name country { id name } } evidence line }
    organizationMentions { organization { id name acronym } evidence line }
    themeMatches { theme { id name } terms confidence weak line }
  }`;

/** Filter options (every entry's facets) and the actors the filtered entries involve, with their entry counts. */
export const NetworkQuery = `
  query ExplorerNetwork($where: EntryFilterInput) {
    options: entryFacets {
      profiles(first: 100) { value count node { ...Names } }
      kinds(first: 100, order: VALUE) { value count }
      themes(first: 100) { value count node { ...Names } }
      years(first: 100) { value count }
    }
    actors: entryFacets(where: $where) {
      totalCount
      profiles(first: 100) { value count node { ...Names } }
      countries(first: 100) { value count node { ...Names } }
      bodies(first: 100) { value count node { ...Names } }
      organizations(first: 100) { value count node { ...Names } }
    }
  }
  ${Names}`;

/** One request for the partners of many actors: an alias per actor. */
export function cooperationQuery(ids) {
  const fields = ids.map((_, i) =>
    `a${i}: cooperation(of: $id${i}, where: $where, first: 100) { partner { id } count strength firstYear lastYear }`);
  const params = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  return `query ExplorerLinks($where: EntryFilterInput, ${params}) {\n  ${fields.join('\n  ')}\n}`;
}

/** An actor, a page of its entries ($entries: the filter and the actor's own entries) and its partners, within the filter. */
export const ActorQuery = `
  query ExplorerActor($id: ID!, $where: EntryFilterInput, $entries: EntryFilterInput, $after: String, $withPartners: Boolean!) {
    node(id: $id) { ...Names }
    entries(where: $entries, first: 40, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...EntryLinks }
    }
    cooperation(of: $id, where: $where, first: 100) @include(if: $withPartners) {
      partner { ...Names }
      count
      strength
    }
  }
  ${Names}
  ${EntryLinks}`;

/**
 * What ties two actors: the direct link between them (shared entries, membership, or state and profile). Its entries
 * come with EntriesQuery: asking for their links here would count once per possible link and path (COMPLEXITY).
 */
export const LinkQuery = `
  query ExplorerLink($from: ID!, $to: ID!, $where: EntryFilterInput) {
    cooperationPaths(from: $from, to: $to, maxHops: 1, where: $where, first: 1) {
      links {
        from { ...Names }
        to { ...Names }
        count strength kind kinds roles firstYear lastYear
        evidence(first: 50) { weight fromEvidence toEvidence entry { id } }
      }
    }
  }
  ${Names}`;

/** One entry with its links. */
export const EntryQuery = `
  query ExplorerEntry($id: ID!) {
    node(id: $id) { ...Names ...EntryLinks }
  }
  ${Names}
  ${EntryLinks}`;

/** Full-text search within the filter. */
export const SearchQuery = `
  query ExplorerSearch($query: String!, $where: EntryFilterInput) {
    search(query: $query, where: $where, first: 30) {
      totalCount
      nodes {
        score
        highlights
        entry { id title kind year profile { id name acronym } }
      }
    }
  }`;

/** The best paths between two actors, light: the entries behind the chosen path's links are fetched with EntriesQuery. */
export const PathsQuery = `
  query ExplorerPaths($from: ID!, $to: ID!, $hops: Int!, $where: EntryFilterInput) {
    cooperationPaths(from: $from, to: $to, maxHops: $hops, where: $where, first: 5) {
      length
      strength
      actors { ...Names }
      links {
        from { id }
        to { id }
        count strength kind kinds firstYear lastYear
        evidence(first: 20) { weight fromEvidence toEvidence entry { id } }
      }
    }
  }
  ${Names}`;

/** The names of some nodes by id: actors a shared address names that the filtered network does not draw. */
export const NamesQuery = `
  query ExplorerNames($ids: [ID!]!) {
    nodes(ids: $ids) { ...Names }
  }
  ${Names}`;

/** Several entries by id, with their links. */
export const EntriesQuery = `
  query ExplorerEntries($ids: [ID!]!) {
    nodes(ids: $ids) { ...EntryLinks }
  }
  ${EntryLinks}`;
