// Every profile with its member countries, by name.
MATCH (p:Profile)
RETURN p AS profile,
       COLLECT { MATCH (c:Country)-[m:MEMBER_OF]->(p) RETURN c ORDER BY m.ordinal } AS members
ORDER BY p.name, p.id
