// Creates or updates the profile node and replaces its member countries. Returns the former members' ids for the
// orphan clean-up.
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
FOREACH (member IN $members |
  MERGE (c:Country {id: member.id})
    ON CREATE SET c.code = member.code, c.code3 = member.code3, c.name = member.name,
      c.codeFolded = member.codeFolded, c.code3Folded = member.code3Folded, c.nameFolded = member.nameFolded
  CREATE (c)-[:MEMBER_OF {ordinal: member.ordinal}]->(p))
RETURN formerMembers
