// What the graph holds: readiness reports it, and start-up seeds the bundled profiles when there is no profile.
OPTIONAL MATCH (p:Profile)
WITH count(p) AS profiles
OPTIONAL MATCH (e:Entry)
RETURN profiles, count(e) AS entries
