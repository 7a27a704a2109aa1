// Entry ids of the incoming document that another profile already holds: the import is refused if there are any.
UNWIND $entryIds AS entryId
MATCH (e:Entry {id: entryId})
WHERE e.profileId <> $profileId
RETURN e.id AS entryId, e.profileId AS profileId
LIMIT 5
