MATCH (t:Theme)
RETURN t AS node
ORDER BY t.name, t.id
