using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace AseanCyber.GraphQL.Http.Documents;

/// <summary>
/// Reuses parsed, validated documents by query text. Cached documents skip the full validation pass, so the depth and
/// complexity rules are registered for cached documents too (they depend on variables, which change per request).
/// </summary>
public sealed class DocumentCache(int capacity) : IConfigureExecution
{
    private const int MaxQueryLength = 64 * 1024;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (options.Document is null && query is not null && _documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            // The document passed the full rule set when it was cached; only the rules that depend on variables run again.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } document && query is { Length: <= MaxQueryLength })
        {
            if (_documents.Count >= capacity)
            {
                // Rare; clearing beats tracking recency on every hit, and a flood of one-off queries cannot pin the cache.
                _documents.Clear();
            }

            _documents.TryAdd(query, document);
        }

        return result;
    }
}
