// Removes the profile's previous entries and their links. Returns the nodes they linked (and the countries of linked
// places), so the import can drop the ones nothing links any more once the new entries are in.
MATCH (e:Entry {profileId: $profileId})
OPTIONAL MATCH (e)-[:ISSUED_BY|INVOLVES|HELD_IN|ABOUT|MENTIONS]->(n)
OPTIONAL MATCH (n:Place)-[:IN]->(c:Country)
WITH collect(DISTINCT e) AS entries, collect(DISTINCT n.id) + collect(DISTINCT c.id) AS linked
FOREACH (entry IN entries | DETACH DELETE entry)
RETURN size(entries) AS deleted, linked
