// Nodes by id. The adapter groups the ids by their prefix ("country:JP" is a Country), so every look-up is a seek
// on that label's unique id index; unknown ids are simply absent. A profile comes as the map of the properties the API
// maps, without the page's source text (n.text), with its members and (a state's) own country; a place with its country.
UNWIND $profileIds AS id
MATCH (n:Profile {id: id})
RETURN n {.id, .name, .acronym, .lastUpdated, .document} AS node, head(COLLECT { MATCH (n)-[:OF_COUNTRY]->(c:Country) RETURN c }) AS country,
       COLLECT { MATCH (c:Country)-[m:MEMBER_OF]->(n) RETURN c ORDER BY m.ordinal } AS members
UNION ALL
UNWIND $entryIds AS id
MATCH (n:Entry {id: id})
RETURN n AS node, null AS country, [] AS members
UNION ALL
UNWIND $countryIds AS id
MATCH (n:Country {id: id})
RETURN n AS node, null AS country, [] AS members
UNION ALL
UNWIND $bodyIds AS id
MATCH (n:Body {id: id})
RETURN n AS node, null AS country, [] AS members
UNION ALL
UNWIND $themeIds AS id
MATCH (n:Theme {id: id})
RETURN n AS node, null AS country, [] AS members
UNION ALL
UNWIND $placeIds AS id
MATCH (n:Place {id: id})
RETURN n AS node, head(COLLECT { MATCH (n)-[:IN]->(c:Country) RETURN c }) AS country, [] AS members
UNION ALL
UNWIND $organizationIds AS id
MATCH (n:Organization {id: id})
RETURN n AS node, null AS country, [] AS members
