// The entries linked to each of $nodeIds (a profile's, a body's, a country's: involved or held in one of its places,
// a place's, a theme's, an organization's), each list filtered, sorted and paged like query-entries.cypher.
// Ids without entries yield no row.
UNWIND $nodeIds AS nodeId
CALL (nodeId) {
  MATCH (:Profile {id: nodeId})<-[:IN_PROFILE]-(e:Entry) RETURN e
  UNION
  MATCH (:Body {id: nodeId})<-[:ISSUED_BY]-(e:Entry) RETURN e
  UNION
  MATCH (:Country {id: nodeId})<-[:INVOLVES]-(e:Entry) RETURN e
  UNION
  MATCH (:Country {id: nodeId})<-[:IN]-(:Place)<-[:HELD_IN]-(e:Entry) RETURN e
  UNION
  MATCH (:Place {id: nodeId})<-[:HELD_IN]-(e:Entry) RETURN e
  UNION
  MATCH (:Theme {id: nodeId})<-[:ABOUT]-(e:Entry) RETURN e
  UNION
  MATCH (:Organization {id: nodeId})<-[:MENTIONS]-(e:Entry) RETURN e
}
WITH nodeId, e
WHERE /*where*/ true
WITH nodeId, e
ORDER BY nodeId, /*order*/ /*end*/ e.profileId, e.firstLine, e.ordinal
WITH nodeId, collect(e) AS rows
WITH nodeId, rows, size(rows) AS total
WITH nodeId, rows, total, CASE WHEN $start < total THEN $start ELSE total END AS startAt
WITH nodeId, rows, total, startAt,
     CASE WHEN $before IS NULL OR $before > total THEN total WHEN $before < startAt THEN startAt ELSE $before END AS endAt
WITH nodeId, rows, total, startAt,
     CASE WHEN $first IS NOT NULL AND endAt - startAt > $first THEN startAt + $first ELSE endAt END AS endAt
WITH nodeId, rows, total, endAt,
     CASE WHEN $last IS NOT NULL AND endAt - startAt > $last THEN endAt - $last ELSE startAt END AS startAt
RETURN nodeId, total, startAt, endAt, rows[startAt..endAt] AS page
