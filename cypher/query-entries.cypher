// One page of entries: filtered (the adapter puts the compiled filter in place of the where marker), sorted (compiled
// sort keys go before the default order, which stays as the tie-break), and cut by Relay's algorithm over offsets, as in
// Paging.Resolve: $start = after + 1, then $before, $first and $last.
MATCH (e:Entry)
WHERE /*where*/ true
WITH e
ORDER BY /*order*/ /*end*/ e.profileId, e.firstLine, e.ordinal
WITH collect(e) AS rows
WITH rows, size(rows) AS total
WITH rows, total, CASE WHEN $start < total THEN $start ELSE total END AS startAt
WITH rows, total, startAt,
     CASE WHEN $before IS NULL OR $before > total THEN total WHEN $before < startAt THEN startAt ELSE $before END AS endAt
WITH rows, total, startAt,
     CASE WHEN $first IS NOT NULL AND endAt - startAt > $first THEN startAt + $first ELSE endAt END AS endAt
WITH rows, total, endAt,
     CASE WHEN $last IS NOT NULL AND endAt - startAt > $last THEN endAt - $last ELSE startAt END AS startAt
RETURN total, startAt, endAt, rows[startAt..endAt] AS page
