// Creates or updates the profile node and replaces its member countries and, for a state profile, the OF_COUNTRY
// link to its own country ($countries holds it, or nothing). Returns the former members' and former own country's ids
// for the orphan clean-up.
MERGE (p:Profile {id: $profile.id})
SET p.name = $profile.name,
    p.acronym = $profile.acronym,
    p.lastUpdated = $profile.lastUpdated,
    p.document = $profile.document,
    p.text = $profile.text,
    p.nameFolded = $profile.nameFolded,
    p.acronymFolded = $profile.acronymFolded,
    p.lastUpdatedFolded = $profile.lastUpdatedFolded
WITH p
OPTIONAL MATCH (former:Country)-[m:MEMBER_OF]->(p)
WITH p, collect(former.id) AS formerMembers, collect(m) AS memberships
FOREACH (m IN memberships | DELETE m)
WITH p, formerMembers
OPTIONAL MATCH (p)-[o:OF_COUNTRY]->(formerOwn:Country)
WITH p, formerMembers, collect(formerOwn.id) AS formerOwn, collect(o) AS ownLinks
FOREACH (o IN ownLinks | DELETE o)
FOREACH (member IN $members |
  MERGE (c:Country {id: member.id})
    ON CREATE SET c.code = member.code, c.code3 = member.code3, c.name = member.name,
      c.codeFolded = member.codeFolded, c.code3Folded = member.code3Folded, c.nameFolded = member.nameFolded
  CREATE (c)-[:MEMBER_OF {ordinal: member.ordinal}]->(p))
FOREACH (own IN $countries |
  MERGE (c:Country {id: own.id})
    ON CREATE SET c.code = own.code, c.code3 = own.code3, c.name = own.name,
      c.codeFolded = own.codeFolded, c.code3Folded = own.code3Folded, c.nameFolded = own.nameFolded
  CREATE (p)-[:OF_COUNTRY]->(c))
RETURN formerMembers + formerOwn AS formerCountries
