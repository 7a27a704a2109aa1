// Up to $first simple paths of at most $maxHops relationships between two nodes, in either direction, ranked over all
// of them: by strength, the product of the hops' weights in whole thousandths ($weights by relationship type; INVOLVES
// by its role from $roleWeights; ABOUT $weights.ABOUT times the link's confidence, rounded), scaled by 1000 per hop
// short of 6 so that paths of every length compare exactly (at most 1000^6: a 64-bit integer); then fewer hops, then
// the ids along the way.
// Two nodes joined twice (a country involved as partner and host, a state's country both member and own country) count
// once, explained by the strongest link, the lowest ordinal among equals, as in the embedded graph.
// The search is SHORTEST 6 GROUPS: Neo4j's shortest-path search (StatefulShortestPath) expands breadth-first from the
// source and traces back from the target only what reached it, so it never enumerates the trails that lead elsewhere,
// as the plain variable-length MATCH did (about 30,000 trails at 6 hops around the profile hub of the seed). Paths have
// 1 to 6 relationships, so 6 groups (one per length) are all of them: the answer is that of enumerating every trail,
// and the ranking is over every path, not over a sample.
// Neo4j 5.26 takes neither k nor a quantifier bound nor a relationship type as a parameter, so the adapter replaces the
// 6 of {1,6} with the requested (validated, 1 to 6) number of hops, and, when the query names the kinds a path may use,
// the empty [] with their types (from the LinkKind enum, never a client's text): Neo4j then never expands further.
// The search is over trails; simple paths (no node twice) are kept after it. Only ids and what explains each hop are
// returned: the adapter reads the nodes by id.
CALL () {
  MATCH (n:Profile {id: $fromId}) RETURN n
  UNION MATCH (n:Entry {id: $fromId}) RETURN n
  UNION MATCH (n:Country {id: $fromId}) RETURN n
  UNION MATCH (n:Body {id: $fromId}) RETURN n
  UNION MATCH (n:Theme {id: $fromId}) RETURN n
  UNION MATCH (n:Place {id: $fromId}) RETURN n
  UNION MATCH (n:Organization {id: $fromId}) RETURN n
}
WITH n AS source
CALL () {
  MATCH (n:Profile {id: $toId}) RETURN n
  UNION MATCH (n:Entry {id: $toId}) RETURN n
  UNION MATCH (n:Country {id: $toId}) RETURN n
  UNION MATCH (n:Body {id: $toId}) RETURN n
  UNION MATCH (n:Theme {id: $toId}) RETURN n
  UNION MATCH (n:Place {id: $toId}) RETURN n
  UNION MATCH (n:Organization {id: $toId}) RETURN n
}
WITH source, n AS target
MATCH path = SHORTEST 6 GROUPS (source)-[/*via*/]-{1,/*hops*/6}(target)
WITH path, [x IN nodes(path) | x.id] AS ids
WHERE length(path) <= $maxHops
  AND all(x IN nodes(path) WHERE single(y IN nodes(path) WHERE y = x))
WITH path, ids,
     reduce(s = 1, r IN relationships(path) |
       s * CASE type(r)
             WHEN 'INVOLVES' THEN $roleWeights[r.role]
             WHEN 'ABOUT' THEN toInteger(round($weights.ABOUT * r.confidence))
             ELSE $weights[type(r)]
           END)
     * reduce(scale = 1, i IN range(length(path), 5) | scale * 1000) AS strength
ORDER BY strength DESC, [r IN relationships(path) | r.ordinal]
WITH ids, head(collect(path)) AS path, max(strength) AS strength
ORDER BY strength DESC, size(ids), ids
LIMIT $first
RETURN ids, strength,
       [r IN relationships(path) | {type: type(r), fromId: startNode(r).id, role: r.role, evidence: r.evidence,
        terms: r.terms, confidence: r.confidence, weak: r.weak}] AS steps
