// Bodies, filtered and sorted (compiled sort keys replace the default name order; the id stays as the tie-break).
MATCH (b:Body)
WHERE /*where*/ true
RETURN b AS node
ORDER BY /*order*/ b.name, /*end*/ b.id
