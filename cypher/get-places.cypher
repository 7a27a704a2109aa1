// Places with their country, filtered and sorted (compiled sort keys replace the default name order; the id stays as the tie-break).
MATCH (p:Place)
WHERE /*where*/ true
RETURN p AS node, head(COLLECT { MATCH (p)-[:IN]->(c:Country) RETURN c }) AS country
ORDER BY /*order*/ p.name, /*end*/ p.id
