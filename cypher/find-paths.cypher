// Up to $first simple paths of at most $maxHops relationships between two nodes, in either direction, shortest first,
// then by the ids along the way. A pattern's length bound cannot be a parameter, so the adapter replaces the 6 below
// with the requested (validated, 1 to 6) number of hops before sending: Neo4j then never expands further than asked. Two nodes joined twice (a country involved as partner and
// host) count once, explained by the link imported first, as in the embedded graph.
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
MATCH path = (source)-[*1../*hops*/6]-(target)
WHERE length(path) <= $maxHops
  AND all(x IN nodes(path) WHERE single(y IN nodes(path) WHERE y = x))
WITH path, [x IN nodes(path) | x.id] AS ids
ORDER BY length(path), ids, [r IN relationships(path) | r.ordinal]
WITH ids, head(collect(path)) AS path
ORDER BY size(ids), ids
LIMIT $first
RETURN path
