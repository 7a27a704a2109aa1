// For each of $actorIds that names an actor (a country, profile, body or organization): every entry it shares with
// another actor, with each side's evidence there, among the entries the where-clause admits; and its direct links
// (MEMBER_OF either way, OF_COUNTRY either way), which the where-clause does not touch. Ids that name no actor yield no
// row. Evidence: the role of an INVOLVES (PARTNER, HOST, VENUE), VENUE for the country of a place the entry was
// HELD_IN, ISSUER for ISSUED_BY, OWNER for IN_PROFILE, MENTION for MENTIONS. The adapter weighs nothing: counts,
// strengths and paths are computed from these rows by the same code for every store (CooperationNetwork).
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (a:Country {id: actorId}) RETURN a
  UNION MATCH (a:Profile {id: actorId}) RETURN a
  UNION MATCH (a:Body {id: actorId}) RETURN a
  UNION MATCH (a:Organization {id: actorId}) RETURN a
}
CALL (a) {
  CALL (a) {
    MATCH (a)<-[r:INVOLVES|ISSUED_BY|IN_PROFILE|MENTIONS]-(e:Entry)
    RETURN e, CASE type(r) WHEN 'INVOLVES' THEN r.role WHEN 'ISSUED_BY' THEN 'ISSUER' WHEN 'IN_PROFILE' THEN 'OWNER' ELSE 'MENTION' END AS evidence
    UNION
    MATCH (a)<-[:IN]-(:Place)<-[:HELD_IN]-(e:Entry)
    RETURN e, 'VENUE' AS evidence
  }
  WITH a, e, collect(DISTINCT evidence) AS own
  WHERE /*where*/ true
  CALL (a, e) {
    MATCH (e)-[r:INVOLVES|ISSUED_BY|IN_PROFILE|MENTIONS]->(p)
    WHERE p <> a
    RETURN p, CASE type(r) WHEN 'INVOLVES' THEN r.role WHEN 'ISSUED_BY' THEN 'ISSUER' WHEN 'IN_PROFILE' THEN 'OWNER' ELSE 'MENTION' END AS evidence
    UNION
    MATCH (e)-[:HELD_IN]->(:Place)-[:IN]->(p:Country)
    WHERE p <> a
    RETURN p, 'VENUE' AS evidence
  }
  WITH e, own, p, collect(DISTINCT evidence) AS theirs
  RETURN collect({partnerId: p.id, entryId: e.id, year: e.year, own: own, theirs: theirs}) AS shared
}
RETURN actorId,
       shared,
       COLLECT { MATCH (a)-[:MEMBER_OF]-(p) RETURN p.id } AS members,
       COLLECT { MATCH (a)-[:OF_COUNTRY]-(p) RETURN p.id } AS ownCountry
