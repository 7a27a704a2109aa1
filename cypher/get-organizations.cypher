MATCH (o:Organization)
RETURN o AS node
ORDER BY o.name, o.id
