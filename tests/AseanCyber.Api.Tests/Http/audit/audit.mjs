// Runs graphql-http's GraphQL-over-HTTP audit against a running server and prints the results as JSON on stdout.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql   (GraphQLHttpAuditTests runs it; npm ci first.)
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
const report = [];
for (const result of results) {
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    entry.responseStatus = result.response?.status;
    try {
      entry.responseBody = await result.response.text();
    } catch {
      // The audit may have read the body already.
    }
  }
  report.push(entry);
}

process.stdout.write(JSON.stringify(report));
