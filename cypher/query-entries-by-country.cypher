// A country's entries (involving it in any role, or held in one of its places) for each of $nodeIds, counted and paged
// like query-entries.cypher. Ids without entries yield no row.
UNWIND $nodeIds AS nodeId
CALL (nodeId) {
  CALL (nodeId) {
    MATCH (:Country {id: nodeId})<-[:INVOLVES]-(e:Entry) RETURN e
    UNION
    MATCH (:Country {id: nodeId})<-[:IN]-(:Place)<-[:HELD_IN]-(e:Entry) RETURN e
  }
  WITH e
  WHERE /*where*/ true
  RETURN count(e) AS total
}
WITH nodeId, total
WHERE total > 0
CALL (nodeId) {
  CALL (nodeId) {
    MATCH (:Country {id: nodeId})<-[:INVOLVES]-(e:Entry) RETURN e
    UNION
    MATCH (:Country {id: nodeId})<-[:IN]-(:Place)<-[:HELD_IN]-(e:Entry) RETURN e
  }
  WITH e
  WHERE /*where*/ true
  WITH e
  ORDER BY /*order*/ /*end*/ e.profileId, e.firstLine, e.ordinal
  SKIP $skip
  LIMIT $take
  RETURN collect(e) AS page
}
RETURN nodeId, total, page
