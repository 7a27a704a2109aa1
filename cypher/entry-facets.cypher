// The facets of the entries a filter selects, in one request (entryFacets). The adapter puts the compiled filter in place
// of the where marker. Each facet reads its list of requested variants ($kinds, $years, ...: empty when not asked for,
// so that facet is never counted) of {first, byValue} (countries also {role}), and answers one list per variant, in the
// variants' order: each value once per entry that has it, ranked by count (descending) or, with byValue, by value alone,
// the value breaking ties; then cut to `first`. Values are what the matching entry filter takes: the stored enum name,
// the year, a node's id. A facet counts what that filter selects: a country as the `countries` list filter does (involved
// in any role, or holding one of the entry's places) unless a role is asked for, then as
// `involvements: { some: { role, country } }` does. Places and profiles come with what the API maps of them (a place's
// country; a profile's members and own country), read for the kept values only.
MATCH (e:Entry)
WHERE /*where*/ true
WITH collect(e) AS entries
CALL (entries) {
  UNWIND $kinds AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    WITH facet, e.kind AS value, count(*) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, value
    RETURN collect({value: value, count: count}) AS ranked
  }
  RETURN collect(ranked[..facet.first]) AS kinds
}
CALL (entries) {
  UNWIND $years AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    WITH facet, e.year AS value
    WHERE value IS NOT NULL
    WITH facet, value, count(*) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, value
    RETURN collect({value: value, count: count}) AS ranked
  }
  RETURN collect(ranked[..facet.first]) AS years
}
CALL (entries) {
  UNWIND $statuses AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    WITH facet, e.status AS value
    WHERE value IS NOT NULL
    WITH facet, value, count(*) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, value
    RETURN collect({value: value, count: count}) AS ranked
  }
  RETURN collect(ranked[..facet.first]) AS statuses
}
CALL (entries) {
  UNWIND $roles AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    MATCH (e)-[r:INVOLVES]->(:Country)
    WITH facet, r.role AS value, count(DISTINCT e) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, value
    RETURN collect({value: value, count: count}) AS ranked
  }
  RETURN collect(ranked[..facet.first]) AS roles
}
CALL (entries) {
  UNWIND $profiles AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    MATCH (e)-[:IN_PROFILE]->(n:Profile)
    WITH facet, n, count(*) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, n.id
    RETURN collect({node: n, count: count}) AS ranked
  }
  CALL (ranked, facet) {
    UNWIND ranked[..facet.first] AS row
    WITH row.node AS n, row.count AS count
    RETURN collect({
      value: n.id, count: count, node: n {.id, .name, .acronym, .lastUpdated, .document},
      members: COLLECT { MATCH (c:Country)-[m:MEMBER_OF]->(n) RETURN c ORDER BY m.ordinal },
      country: head(COLLECT { MATCH (n)-[:OF_COUNTRY]->(c:Country) RETURN c })
    }) AS kept
  }
  RETURN collect(kept) AS profiles
}
CALL (entries) {
  UNWIND $countries AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    // The union keeps each country once per entry.
    CALL (e, facet) {
      MATCH (e)-[r:INVOLVES]->(n:Country)
      WHERE facet.role IS NULL OR r.role = facet.role
      RETURN n
      UNION
      MATCH (e)-[:HELD_IN]->(:Place)-[:IN]->(n:Country)
      WHERE facet.role IS NULL
      RETURN n
    }
    WITH facet, n, count(*) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, n.id
    RETURN collect({value: n.id, count: count, node: n}) AS ranked
  }
  RETURN collect(ranked[..facet.first]) AS countries
}
CALL (entries) {
  UNWIND $bodies AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    MATCH (e)-[:ISSUED_BY]->(n:Body)
    WITH facet, n, count(DISTINCT e) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, n.id
    RETURN collect({value: n.id, count: count, node: n}) AS ranked
  }
  RETURN collect(ranked[..facet.first]) AS bodies
}
CALL (entries) {
  UNWIND $themes AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    MATCH (e)-[:ABOUT]->(n:Theme)
    WITH facet, n, count(DISTINCT e) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, n.id
    RETURN collect({value: n.id, count: count, node: n}) AS ranked
  }
  RETURN collect(ranked[..facet.first]) AS themes
}
CALL (entries) {
  UNWIND $places AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    MATCH (e)-[:HELD_IN]->(n:Place)
    WITH facet, n, count(DISTINCT e) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, n.id
    RETURN collect({node: n, count: count}) AS ranked
  }
  CALL (ranked, facet) {
    UNWIND ranked[..facet.first] AS row
    WITH row.node AS n, row.count AS count
    RETURN collect({value: n.id, count: count, node: n, country: head(COLLECT { MATCH (n)-[:IN]->(c:Country) RETURN c })}) AS kept
  }
  RETURN collect(kept) AS places
}
CALL (entries) {
  UNWIND $organizations AS facet
  CALL (entries, facet) {
    UNWIND entries AS e
    MATCH (e)-[:MENTIONS]->(n:Organization)
    WITH facet, n, count(DISTINCT e) AS count
    ORDER BY CASE WHEN facet.byValue THEN 0 ELSE count END DESC, n.id
    RETURN collect({value: n.id, count: count, node: n}) AS ranked
  }
  RETURN collect(ranked[..facet.first]) AS organizations
}
RETURN size(entries) AS total, kinds, years, statuses, roles, profiles, countries, bodies, themes, places, organizations
