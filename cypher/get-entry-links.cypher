// Every link of each entry, in the order the importer found them (ordinal), with the text and line behind each.
UNWIND $entryIds AS entryId
MATCH (e:Entry {id: entryId})
RETURN entryId,
  COLLECT {
    MATCH (e)-[r:ISSUED_BY]->(b:Body)
    RETURN {node: b, evidence: r.evidence, line: r.line} ORDER BY r.ordinal
  } AS bodies,
  COLLECT {
    MATCH (e)-[r:INVOLVES]->(c:Country)
    RETURN {node: c, role: r.role, evidence: r.evidence, line: r.line} ORDER BY r.ordinal
  } AS involvements,
  COLLECT {
    MATCH (e)-[r:HELD_IN]->(p:Place)
    RETURN {node: p, country: head(COLLECT { MATCH (p)-[:IN]->(c:Country) RETURN c }), evidence: r.evidence, line: r.line}
    ORDER BY r.ordinal
  } AS places,
  COLLECT {
    MATCH (e)-[r:ABOUT]->(t:Theme)
    RETURN {node: t, terms: r.terms, confidence: r.confidence, weak: r.weak, line: r.line} ORDER BY r.ordinal
  } AS themes,
  COLLECT {
    MATCH (e)-[r:MENTIONS]->(o:Organization)
    RETURN {node: o, evidence: r.evidence, line: r.line} ORDER BY r.ordinal
  } AS organizations
