// Creates the profile's entries with a label per kind and every link, each link keeping the text that produced it
// (evidence; for a theme its terms, confidence and whether it is weak), its source line and its position among the
// entry's links of that type (ordinal).
// Shared nodes are merged by id; the first import that creates one names it, as in the embedded graph.
// Every text the API filters case-insensitively also gets its folded shadow (titleFolded, nameFolded, ...), computed in
// .NET (CypherFold) so that the filter's value, folded the same way, always matches itself.
MATCH (p:Profile {id: $profileId})
UNWIND $entries AS row
CREATE (e:Entry)
SET e = row.properties
CREATE (e)-[:IN_PROFILE]->(p)
FOREACH (_ IN CASE WHEN row.kind = 'STRATEGY_DOCUMENT' THEN [1] ELSE [] END | SET e:StrategyDocument)
FOREACH (_ IN CASE WHEN row.kind = 'OTHER_DOCUMENT' THEN [1] ELSE [] END | SET e:OtherDocument)
FOREACH (_ IN CASE WHEN row.kind = 'COMMUNICATION' THEN [1] ELSE [] END | SET e:Communication)
FOREACH (_ IN CASE WHEN row.kind = 'SPECIALIZED_AGENCY' THEN [1] ELSE [] END | SET e:SpecializedAgency)
FOREACH (_ IN CASE WHEN row.kind = 'KEY_POSITION' THEN [1] ELSE [] END | SET e:KeyPosition)
FOREACH (_ IN CASE WHEN row.kind = 'NATIONAL_AGENCY' THEN [1] ELSE [] END | SET e:NationalAgency)
FOREACH (_ IN CASE WHEN row.kind = 'LEGISLATION' THEN [1] ELSE [] END | SET e:Legislation)
FOREACH (_ IN CASE WHEN row.kind = 'MEETING' THEN [1] ELSE [] END | SET e:Meeting)
FOREACH (_ IN CASE WHEN row.kind = 'ACTIVITY' THEN [1] ELSE [] END | SET e:Activity)
FOREACH (_ IN CASE WHEN row.kind = 'EXTERNAL_COOPERATION' THEN [1] ELSE [] END | SET e:ExternalCooperation)
FOREACH (_ IN CASE WHEN row.kind = 'OTHER' THEN [1] ELSE [] END | SET e:OtherEntry)
FOREACH (link IN row.bodies |
  MERGE (b:Body {id: link.id})
    ON CREATE SET b.name = link.name, b.nameFolded = link.nameFolded
  CREATE (e)-[:ISSUED_BY {evidence: link.evidence, line: link.line, ordinal: link.ordinal}]->(b))
FOREACH (link IN row.involvements |
  MERGE (c:Country {id: link.country.id})
    ON CREATE SET c.code = link.country.code, c.code3 = link.country.code3, c.name = link.country.name,
      c.codeFolded = link.country.codeFolded, c.code3Folded = link.country.code3Folded, c.nameFolded = link.country.nameFolded
  CREATE (e)-[:INVOLVES {role: link.role, evidence: link.evidence, evidenceFolded: link.evidenceFolded, line: link.line,
    ordinal: link.ordinal}]->(c))
FOREACH (link IN row.places |
  MERGE (place:Place {id: link.id})
    ON CREATE SET place.name = link.name, place.nameFolded = link.nameFolded
  CREATE (e)-[:HELD_IN {evidence: link.evidence, line: link.line, ordinal: link.ordinal}]->(place)
  // A place keeps the country it was first imported with.
  FOREACH (country IN CASE WHEN EXISTS { (place)-[:IN]->(:Country) } THEN [] ELSE link.countries END |
    MERGE (c:Country {id: country.id})
      ON CREATE SET c.code = country.code, c.code3 = country.code3, c.name = country.name,
        c.codeFolded = country.codeFolded, c.code3Folded = country.code3Folded, c.nameFolded = country.nameFolded
    CREATE (place)-[:IN]->(c)))
FOREACH (link IN row.themes |
  MERGE (t:Theme {id: link.id})
    ON CREATE SET t.name = link.name, t.nameFolded = link.nameFolded
  CREATE (e)-[:ABOUT {terms: link.terms, confidence: link.confidence, weak: link.weak, line: link.line, ordinal: link.ordinal}]->(t))
FOREACH (link IN row.organizations |
  MERGE (o:Organization {id: link.id})
    ON CREATE SET o.name = link.name, o.acronym = link.acronym, o.nameFolded = link.nameFolded, o.acronymFolded = link.acronymFolded
  CREATE (e)-[:MENTIONS {evidence: link.evidence, line: link.line, ordinal: link.ordinal}]->(o))
RETURN count(e) AS created
