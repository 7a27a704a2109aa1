// Lints Cypher statements with lintCypherQuery from @neo4j-cypher/language-support (Neo4j's own parser and semantic
// analysis compiled to JavaScript; runs offline) against a schema describing the AseanCyber graph.
//
// Usage: node lint.mjs statements.json [--no-cache]
//   statements.json: [{"name": "cypher/schema.cypher:3", "text": "CREATE CONSTRAINT ..."}, ...]
//   stdout: [{"name", "severity", "message", "line", "column"}, ...] with every diagnostic that counts as a failure
//           (line and column are 1-based, relative to that statement's text). An empty array means all clean.
// CypherLinter.cs (tests/AseanCyber.Testing/CypherLint, used by the Graph and Api tests) runs it once for a whole batch; npm ci first.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------------------------
// OUR GRAPH. A label, relationship type or property key that is not listed here is reported (as a warning by
// lintCypherQuery, a failure for us), so a misspelling can't reach Neo4j, where it would silently match nothing.
// ---------------------------------------------------------------------------------------------------------------
const LABELS = [
  'Profile', 'Entry', 'StrategyDocument', 'OtherDocument', 'Communication', 'SpecializedAgency', 'KeyPosition',
  'NationalAgency', 'Legislation', 'Meeting', 'Activity', 'ExternalCooperation', 'OtherEntry', 'Body', 'Country',
  'Place', 'Theme', 'Organization', 'ImportLock',
];

const RELATIONSHIP_TYPES = ['IN_PROFILE', 'ISSUED_BY', 'INVOLVES', 'HELD_IN', 'IN', 'ABOUT', 'MENTIONS', 'MEMBER_OF', 'OF_COUNTRY'];

// PROPERTY KEYS: every property of a node or relationship. Extend this list when the graph gets a new property.
// (Checked where a statement reads a property it can type as a node's or relationship's, and in CREATE INDEX /
// CONSTRAINT; not where the same statement writes that key, e.g. SET n.key = ... or CREATE (n {key: ...}).)
const PROPERTY_KEYS = [
  'id', 'name', 'acronym', 'code', 'code3', 'title', 'kind', 'section', 'category', 'status', 'edition',
  'description', 'items', 'dates', 'dateStart', 'year', 'rank', 'profileId', 'document', 'firstLine', 'lastLine',
  'lastUpdated', 'role', 'evidence', 'terms', 'confidence', 'weak', 'line', 'ordinal', 'text', 'at',
  // The folded shadows of the case-insensitive text fields (CypherFold).
  'titleFolded', 'sectionFolded', 'categoryFolded', 'acronymFolded', 'descriptionFolded', 'nameFolded', 'codeFolded',
  'code3Folded', 'lastUpdatedFolded', 'evidenceFolded',
  // The text the full-text index reads besides title and description (SearchDocument).
  'searchItems', 'searchNames',
];

// PROCEDURES we CALL. Once dbSchema has any procedures, lintCypherQuery reports every other one as an error
// ("Procedure x is not present in the database"), and Neo4j's semantic analysis checks arguments and YIELD columns
// against the signature. The signatures come from the package's own testData.mockSchema (exported by this pinned
// version): a record of a real server's procedures and functions (SHOW PROCEDURES / SHOW FUNCTIONS, APOC included).
const PROCEDURES = ['db.index.fulltext.queryNodes'];

// FUNCTIONS: all of Neo4j's built-in functions (from the same catalog) plus the non-built-in ones listed here by
// name (e.g. 'apoc.coll.toSet', only if the server has the APOC plugin). Any other function name is an error.
const EXTRA_FUNCTIONS = [];

// Neo4j 5.26 LTS (our image) runs CYPHER 5 unless a statement starts with CYPHER 25.
const DEFAULT_LANGUAGE = 'CYPHER 5';

// ---------------------------------------------------------------------------------------------------------------

function buildSchema(testData) {
  const catalog = testData.mockSchema;
  const procedures = {};
  const functions = {};
  for (const version of ['CYPHER 5', 'CYPHER 25']) {
    procedures[version] = {};
    for (const name of PROCEDURES) {
      const procedure = catalog.procedures[version][name];
      if (!procedure) throw new Error(`${name} is not a known ${version} procedure`);
      procedures[version][name] = procedure;
    }

    functions[version] = {};
    for (const fn of Object.values(catalog.functions[version])) {
      if (fn.isBuiltIn || EXTRA_FUNCTIONS.includes(fn.name)) functions[version][fn.name] = fn;
    }
    for (const name of EXTRA_FUNCTIONS) {
      if (!functions[version][name]) throw new Error(`${name} is not a known ${version} function`);
    }
  }

  return {
    labels: LABELS,
    relationshipTypes: RELATIONSHIP_TYPES,
    propertyKeys: PROPERTY_KEYS,
    procedures,
    functions,
    databaseNames: ['neo4j', 'system'],
    defaultLanguage: DEFAULT_LANGUAGE,
  };
}

// lintCypherQuery reports every $parameter as an error ("Parameter $id is not defined.") unless dbSchema.parameters
// holds a value for it: it is meant for an editor connected to a database session with parameters set. Our
// statements take every value as a parameter by design, and their values exist only at run time, so this one
// message is dropped, and only when it is exactly the message lintCypherQuery writes for a parameter: any other
// diagnostic about a parameter (a parameter where Neo4j allows none, a syntax error around it) still counts.
const UNDEFINED_PARAMETER = /^Parameter \$(?:`[^`]+`|[^\s`]+) is not defined\.$/u;

// vscode-languageserver's DiagnosticSeverity.
const SEVERITIES = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function lintOne({ lintCypherQuery, highlightSyntax }, text, dbSchema) {
  let diagnostics;
  try {
    diagnostics = lintCypherQuery(text, dbSchema, { consoleCommandsEnabled: false }).diagnostics
      .filter((diagnostic) => !UNDEFINED_PARAMETER.test(diagnostic.message))
      .map((diagnostic) => ({
        severity: SEVERITIES[diagnostic.severity] ?? String(diagnostic.severity),
        message: diagnostic.message,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
      }));
    diagnostics.push(...schemaChecks(highlightSyntax, text, diagnostics));
  } catch (error) {
    return [{ severity: 'error', message: `lint.mjs threw: ${error?.stack ?? error}`, line: 1, column: 1 }];
  }

  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

// lintCypherQuery checks labels, relationship types and property keys against dbSchema only where a statement reads
// them: not in CREATE or MERGE clauses (where a new one may be meant; in our graph none is, and a misspelt label in an
// import's MERGE would quietly make a node nobody finds), and not at all in CREATE INDEX / CONSTRAINT (a misspelt one
// makes an index nothing uses). So this also checks the tokens of the package's syntax highlighter:
// - every label token (node labels and relationship types alike: a token can't tell them apart, either list will do);
// - in CREATE ... INDEX / CONSTRAINT: the names after ':' or '|' in the FOR pattern, and each property after '.'.
// A name already reported at the same place is not reported twice. Properties written by CREATE / MERGE / SET are
// still not checked: there a token can't tell a node's property from a map's key (row.title).
const KNOWN_LABELS_AND_TYPES = new Set([...LABELS, ...RELATIONSHIP_TYPES]);
const KNOWN_PROPERTY_KEYS = new Set(PROPERTY_KEYS);

function unquote(name) {
  return name.startsWith('`') && name.endsWith('`') && name.length > 1 ? name.slice(1, -1).replaceAll('``', '`') : name;
}

function schemaChecks(highlightSyntax, text, reported) {
  const tokens = highlightSyntax(text, { consoleCommandsEnabled: false }).filter((t) => t.tokenType !== 'comment');
  const keywords = tokens.slice(0, 6).filter((t) => t.tokenType === 'keyword').map((t) => t.token.toUpperCase());
  const isSchemaCommand = keywords[0] === 'CREATE' && (keywords.includes('INDEX') || keywords.includes('CONSTRAINT'));
  const places = new Set(reported.map((d) => `${d.line}:${d.column}`));
  const findings = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const afterOperator = (...operators) => previous?.tokenType === 'operator' && operators.includes(previous.token);
    let message;
    if (token.tokenType === 'label'
      || (isSchemaCommand && token.tokenType === 'symbolicName' && afterOperator(':', '|', '&'))) {
      const name = unquote(token.token);
      if (!KNOWN_LABELS_AND_TYPES.has(name)) {
        message = `Label or relationship type ${name} is not in our graph's schema (LABELS and RELATIONSHIP_TYPES in lint.mjs).`;
      }
    } else if (isSchemaCommand && token.tokenType === 'property' && afterOperator('.')) {
      const name = unquote(token.token);
      if (!KNOWN_PROPERTY_KEYS.has(name)) {
        message = `Property key ${name} is not in our graph's schema (PROPERTY_KEYS in lint.mjs).`;
      }
    }

    const line = token.position.line + 1;
    const column = token.position.startCharacter + 1;
    if (message && !places.has(`${line}:${column}`)) {
      findings.push({ severity: 'warning', message, line, column });
    }
  });

  return findings;
}

// Neo4j's semantic analysis takes 20-200 ms a statement (more for longer ones; worker threads did not help on two
// shared cores), so results are cached by statement text, keyed also by this script and the package's version: an
// unchanged statement is not linted again. The cache lives in node_modules/.cache, which npm ci wipes.
const CACHE_PATH = fileURLToPath(new URL('./node_modules/.cache/cypher-lint.json', import.meta.url));
const CACHE_LIMIT = 5000;
const PACKAGE_VERSION = JSON.parse(readFileSync(
  fileURLToPath(new URL('./node_modules/@neo4j-cypher/language-support/package.json', import.meta.url)), 'utf8')).version;
const SCRIPT_HASH = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).update(PACKAGE_VERSION).digest('hex');

function cacheKey(text) {
  return createHash('sha256').update(SCRIPT_HASH).update('\0').update(text).digest('hex');
}

function readCache() {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(CACHE_PATH, 'utf8'))));
  } catch {
    return new Map();
  }
}

function writeCache(cache) {
  const entries = [...cache.entries()].slice(-CACHE_LIMIT);
  mkdirSync(dirname(CACHE_PATH), { recursive: true });
  const temporary = `${CACHE_PATH}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(Object.fromEntries(entries)));
  renameSync(temporary, CACHE_PATH); // Atomic: a concurrent run loses at most its own new entries.
}

const inputPath = process.argv[2];
if (!inputPath) {
  console.error('usage: node lint.mjs <statements.json> [--no-cache]');
  process.exit(2);
}

const useCache = !process.argv.includes('--no-cache');
const statements = JSON.parse(readFileSync(inputPath, 'utf8'));
const cache = useCache ? readCache() : new Map();
let language; // Loaded only when a statement is not in the cache: loading Neo4j's analyser takes about 1.5 s.
let dbSchema;
let linted = 0;
const report = [];
for (const { name, text } of statements) {
  const key = cacheKey(text);
  let found = cache.get(key);
  if (!found) {
    language ??= await import('@neo4j-cypher/language-support');
    dbSchema ??= buildSchema(language.testData);
    found = lintOne(language, text, dbSchema);
    linted++;
  }

  cache.delete(key); // Re-inserted last: the cache keeps the most recently used entries.
  cache.set(key, found);
  report.push(...found.map((diagnostic) => ({ name, ...diagnostic })));
}

if (useCache && linted > 0) writeCache(cache);
process.stdout.write(JSON.stringify(report));
