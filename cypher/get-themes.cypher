// Themes, filtered and sorted (compiled sort keys replace the default name order; the id stays as the tie-break).
MATCH (t:Theme)
WHERE /*where*/ true
RETURN t AS node
ORDER BY /*order*/ t.name, /*end*/ t.id
