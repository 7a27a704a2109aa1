// Organizations, filtered and sorted (compiled sort keys replace the default name order; the id stays as the tie-break).
MATCH (o:Organization)
WHERE /*where*/ true
RETURN o AS node
ORDER BY /*order*/ o.name, /*end*/ o.id
