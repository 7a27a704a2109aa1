// Taken first by every import transaction: imports run one at a time, as in the embedded graph, so one import's orphan
// clean-up can never delete a shared node that a concurrent import has just linked.
MERGE (l:ImportLock {id: 'import'})
SET l.at = timestamp()
RETURN l.at AS at
