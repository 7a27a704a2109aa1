// Shared nodes exist only while something links them, as in the embedded graph: after an import, drop the bodies,
// themes, organizations and places among $candidateIds that no entry links any more.
CALL () {
  UNWIND $candidateIds AS id MATCH (n:Body {id: id}) RETURN n
  UNION
  UNWIND $candidateIds AS id MATCH (n:Theme {id: id}) RETURN n
  UNION
  UNWIND $candidateIds AS id MATCH (n:Organization {id: id}) RETURN n
  UNION
  UNWIND $candidateIds AS id MATCH (n:Place {id: id}) RETURN n
}
WITH n
WHERE NOT EXISTS { (n)<-[:ISSUED_BY|ABOUT|MENTIONS|HELD_IN]-(:Entry) }
DETACH DELETE n
RETURN count(*) AS removed
