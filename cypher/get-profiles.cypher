// Profiles with their member countries, filtered and sorted (compiled sort keys replace the default name order; the id
// stays as the tie-break).
MATCH (p:Profile)
WHERE /*where*/ true
RETURN p AS profile,
       COLLECT { MATCH (c:Country)-[m:MEMBER_OF]->(p) RETURN c ORDER BY m.ordinal } AS members
ORDER BY /*order*/ p.name, /*end*/ p.id
