MATCH (p:Place)
RETURN p AS node, head(COLLECT { MATCH (p)-[:IN]->(c:Country) RETURN c }) AS country
ORDER BY p.name, p.id
