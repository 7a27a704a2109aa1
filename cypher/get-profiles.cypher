// Profiles with their member countries and a state profile's own country, filtered and sorted (compiled sort keys
// replace the default name order; the id stays as the tie-break). Only the properties the API maps: never the page's
// source text the import keeps in p.text.
MATCH (p:Profile)
WHERE /*where*/ true
RETURN p {.id, .name, .acronym, .lastUpdated, .document} AS profile,
       COLLECT { MATCH (c:Country)-[m:MEMBER_OF]->(p) RETURN c ORDER BY m.ordinal } AS members,
       head(COLLECT { MATCH (p)-[:OF_COUNTRY]->(c:Country) RETURN c }) AS country
ORDER BY /*order*/ p.name, /*end*/ p.id
