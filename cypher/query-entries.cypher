// One page of entries, in one request: how many match the filter (the adapter puts the compiled filter in place of both
// where markers), then the adapter's window of them: sorted (compiled sort keys go before the default order, which stays
// as the tie-break; for a window from the end the adapter reverses every key and the page comes back last first) and cut
// with $skip and $take, so only the page is collected.
CALL () {
  MATCH (e:Entry)
  WHERE /*where*/ true
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Entry)
  WHERE /*where*/ true
  WITH e
  ORDER BY /*order*/ /*end*/ e.profileId, e.firstLine, e.ordinal
  SKIP $skip
  LIMIT $take
  RETURN collect(e) AS page
}
RETURN total, page
