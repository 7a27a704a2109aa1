// Constraints, indexes and the full-text index the adapter relies on. Applied at start-up, statement by statement;
// every statement is idempotent (IF NOT EXISTS), so replicas and restarts can apply it again.

// One uniqueness constraint per node key: MERGE and every look-up by id use its index.
CREATE CONSTRAINT profile_id IF NOT EXISTS FOR (n:Profile) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entry_id IF NOT EXISTS FOR (n:Entry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;

// Range indexes for the entry fields the API filters and sorts on, and for replacing one profile's entries.
CREATE INDEX entry_profile_id IF NOT EXISTS FOR (n:Entry) ON (n.profileId);
CREATE INDEX entry_kind IF NOT EXISTS FOR (n:Entry) ON (n.kind);
CREATE INDEX entry_status IF NOT EXISTS FOR (n:Entry) ON (n.status);
CREATE INDEX entry_year IF NOT EXISTS FOR (n:Entry) ON (n.year);
CREATE INDEX entry_date_start IF NOT EXISTS FOR (n:Entry) ON (n.dateStart);
CREATE INDEX entry_title IF NOT EXISTS FOR (n:Entry) ON (n.title);
CREATE INDEX entry_section IF NOT EXISTS FOR (n:Entry) ON (n.section);
CREATE INDEX entry_category IF NOT EXISTS FOR (n:Entry) ON (n.category);
CREATE INDEX entry_edition IF NOT EXISTS FOR (n:Entry) ON (n.edition);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX country_code3 IF NOT EXISTS FOR (n:Country) ON (n.code3);
CREATE INDEX body_name IF NOT EXISTS FOR (n:Body) ON (n.name);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX involves_role IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.role);

// Full-text search over what an entry says, for analysts in Neo4j Browser:
// CALL db.index.fulltext.queryNodes('entry_text', 'cybercrime AND dialogue') YIELD node, score
CREATE FULLTEXT INDEX entry_text IF NOT EXISTS FOR (n:Entry) ON EACH [n.title, n.description];
