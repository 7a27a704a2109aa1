// Then the countries among $candidateIds that no entry involves, no place lies in and no profile counts as a member.
UNWIND $candidateIds AS id
MATCH (c:Country {id: id})
WHERE NOT EXISTS { (c)<-[:INVOLVES|IN]-() } AND NOT EXISTS { (c)-[:MEMBER_OF]->(:Profile) }
DELETE c
RETURN count(*) AS removed
