// Countries, filtered and sorted (compiled sort keys replace the default name order; the id stays as the tie-break).
MATCH (c:Country)
WHERE /*where*/ true
RETURN c AS node
ORDER BY /*order*/ c.name, /*end*/ c.id
