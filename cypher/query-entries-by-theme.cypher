// A theme's entries for each of $nodeIds, counted and paged like query-entries.cypher. Ids without entries yield no row.
UNWIND $nodeIds AS nodeId
CALL (nodeId) {
  MATCH (:Theme {id: nodeId})<-[:ABOUT]-(e:Entry)
  WITH DISTINCT e
  WHERE /*where*/ true
  RETURN count(e) AS total
}
WITH nodeId, total
WHERE total > 0
CALL (nodeId) {
  MATCH (:Theme {id: nodeId})<-[:ABOUT]-(e:Entry)
  WITH DISTINCT e
  WHERE /*where*/ true
  WITH e
  ORDER BY /*order*/ /*end*/ e.profileId, e.firstLine, e.ordinal
  SKIP $skip
  LIMIT $take
  RETURN collect(e) AS page
}
RETURN nodeId, total, page
