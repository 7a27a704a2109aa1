// Then the countries among $candidateIds that no entry involves, no place lies in, no profile counts as a member and
// no state profile is about.
UNWIND $candidateIds AS id
MATCH (c:Country {id: id})
WHERE NOT EXISTS { (c)<-[:INVOLVES|IN]-() } AND NOT EXISTS { (c)-[:MEMBER_OF]->(:Profile) }
  AND NOT EXISTS { (c)<-[:OF_COUNTRY]-(:Profile) }
DELETE c
RETURN count(*) AS removed
