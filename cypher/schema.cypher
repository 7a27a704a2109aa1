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

// The import lock: MERGE creates one node only under a uniqueness constraint on the merged key; without it two first
// imports could each create a lock and run together.
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;

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

// TEXT indexes on the folded shadows (CypherFold) that contains, startsWith and endsWith compare: a TEXT index serves
// CONTAINS and ENDS WITH (a range index cannot), and STARTS WITH too.
CREATE TEXT INDEX entry_title_folded IF NOT EXISTS FOR (n:Entry) ON (n.titleFolded);
CREATE TEXT INDEX entry_section_folded IF NOT EXISTS FOR (n:Entry) ON (n.sectionFolded);
CREATE TEXT INDEX entry_category_folded IF NOT EXISTS FOR (n:Entry) ON (n.categoryFolded);
CREATE TEXT INDEX entry_acronym_folded IF NOT EXISTS FOR (n:Entry) ON (n.acronymFolded);
CREATE TEXT INDEX entry_description_folded IF NOT EXISTS FOR (n:Entry) ON (n.descriptionFolded);
CREATE TEXT INDEX country_name_folded IF NOT EXISTS FOR (n:Country) ON (n.nameFolded);
CREATE TEXT INDEX country_code_folded IF NOT EXISTS FOR (n:Country) ON (n.codeFolded);
CREATE TEXT INDEX country_code3_folded IF NOT EXISTS FOR (n:Country) ON (n.code3Folded);
CREATE TEXT INDEX body_name_folded IF NOT EXISTS FOR (n:Body) ON (n.nameFolded);
CREATE TEXT INDEX theme_name_folded IF NOT EXISTS FOR (n:Theme) ON (n.nameFolded);
CREATE TEXT INDEX place_name_folded IF NOT EXISTS FOR (n:Place) ON (n.nameFolded);
CREATE TEXT INDEX organization_name_folded IF NOT EXISTS FOR (n:Organization) ON (n.nameFolded);
CREATE TEXT INDEX organization_acronym_folded IF NOT EXISTS FOR (n:Organization) ON (n.acronymFolded);
CREATE TEXT INDEX profile_name_folded IF NOT EXISTS FOR (n:Profile) ON (n.nameFolded);
CREATE TEXT INDEX profile_acronym_folded IF NOT EXISTS FOR (n:Profile) ON (n.acronymFolded);
CREATE TEXT INDEX profile_last_updated_folded IF NOT EXISTS FOR (n:Profile) ON (n.lastUpdatedFolded);
CREATE TEXT INDEX involves_evidence_folded IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.evidenceFolded);

// Full-text search over what an entry says (the API's `search`, cypher/search.cypher), with Neo4j's english analyzer
// (Lucene's EnglishAnalyzer: stemming, English stop words). A full-text index reads string properties only, so the
// import writes an entry's items and the names of its bodies, places and organizations as one string each
// (searchItems, searchNames). The name carries a version: IF NOT EXISTS never changes an existing index, so a change
// of properties or analyzer is a new name here and a DROP of the old one, which existing databases then apply.
DROP INDEX entry_text IF EXISTS;
CREATE FULLTEXT INDEX entry_search_v1 IF NOT EXISTS FOR (n:Entry) ON EACH [n.title, n.description, n.searchItems, n.searchNames]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
