// The entries two actors share, for each key of $nodeIds ('actorId|partnerId', EntryScope.SharedKey): those in both
// actors' own scopes (a country's involvements and places, a profile's entries, a body's issued entries, an
// organization's mentions), as cooperation.cypher reads them; counted and paged like query-entries.cypher. Keys
// without entries yield no row.
UNWIND $nodeIds AS nodeId
WITH nodeId, split(nodeId, '|') AS pair
CALL (pair) {
  CALL (pair) {
    MATCH (:Country {id: pair[0]})<-[:INVOLVES]-(e:Entry) RETURN e
    UNION MATCH (:Country {id: pair[0]})<-[:IN]-(:Place)<-[:HELD_IN]-(e:Entry) RETURN e
    UNION MATCH (:Profile {id: pair[0]})<-[:IN_PROFILE]-(e:Entry) RETURN e
    UNION MATCH (:Body {id: pair[0]})<-[:ISSUED_BY]-(e:Entry) RETURN e
    UNION MATCH (:Organization {id: pair[0]})<-[:MENTIONS]-(e:Entry) RETURN e
  }
  WITH e, pair
  WHERE (EXISTS { MATCH (e)-[:INVOLVES|ISSUED_BY|IN_PROFILE|MENTIONS]->(p) WHERE p.id = pair[1] }
         OR EXISTS { MATCH (e)-[:HELD_IN]->(:Place)-[:IN]->(c:Country) WHERE c.id = pair[1] })
  WITH e
  WHERE /*where*/ true
  RETURN count(e) AS total
}
WITH nodeId, pair, total
WHERE total > 0
CALL (pair) {
  CALL (pair) {
    MATCH (:Country {id: pair[0]})<-[:INVOLVES]-(e:Entry) RETURN e
    UNION MATCH (:Country {id: pair[0]})<-[:IN]-(:Place)<-[:HELD_IN]-(e:Entry) RETURN e
    UNION MATCH (:Profile {id: pair[0]})<-[:IN_PROFILE]-(e:Entry) RETURN e
    UNION MATCH (:Body {id: pair[0]})<-[:ISSUED_BY]-(e:Entry) RETURN e
    UNION MATCH (:Organization {id: pair[0]})<-[:MENTIONS]-(e:Entry) RETURN e
  }
  WITH e, pair
  WHERE (EXISTS { MATCH (e)-[:INVOLVES|ISSUED_BY|IN_PROFILE|MENTIONS]->(p) WHERE p.id = pair[1] }
         OR EXISTS { MATCH (e)-[:HELD_IN]->(:Place)-[:IN]->(c:Country) WHERE c.id = pair[1] })
  WITH e
  WHERE /*where*/ true
  WITH e
  ORDER BY /*order*/ /*end*/ e.profileId, e.firstLine, e.ordinal
  SKIP $skip
  LIMIT $take
  RETURN collect(e) AS page
}
RETURN nodeId, total, page
