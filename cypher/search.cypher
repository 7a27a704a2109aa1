// Full-text search over entries: the index (see schema.cypher) finds the entries matching $query, a query string in
// Lucene's classic syntax that the adapter compiles from the user's parsed query (every word escaped, never the user's
// raw text), with BM25 scores; the adapter puts the compiled entry filter in place of the where marker. Best first, ties
// in the default entry order; $skip and $take cut the page from the list of every hit that passes the filter.
CALL db.index.fulltext.queryNodes('entry_search_v1', $query) YIELD node, score
WITH node AS e, score
WHERE /*where*/ true
WITH e, score
ORDER BY score DESC, e.profileId, e.firstLine, e.ordinal
WITH collect({entry: e, score: score}) AS hits
RETURN size(hits) AS total,
  [hit IN hits[$skip..$skip + $take] | hit.entry] AS entries,
  [hit IN hits[$skip..$skip + $take] | hit.score] AS scores
