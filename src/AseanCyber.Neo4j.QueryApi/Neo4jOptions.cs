namespace AseanCyber.Neo4j.QueryApi;

/// <summary>Where and how to reach Neo4j's HTTP Query API (configuration section "Neo4j").</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The server's HTTP(S) root, e.g. <c>http://localhost:7474</c>: no path, no credentials.</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>Basic auth, with <see cref="Password"/>.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Bearer auth (e.g. SSO), instead of <see cref="User"/> and <see cref="Password"/>.</summary>
    public string? Token { get; set; }

    /// <summary>How long one HTTP request may take before it is abandoned (not retried: the server may still be running it).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the server may run one auto-commit statement before it stops it (sent as <c>maxExecutionTime</c>, whole
    /// seconds rounded up); null means <see cref="RequestTimeout"/>, so the server gives up about when the client does.
    /// </summary>
    public TimeSpan? MaxExecutionTime { get; set; }

    /// <summary>How long the server may keep one explicit transaction (an import) running, from its opening to its commit.</summary>
    public TimeSpan TransactionMaxExecutionTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after the first attempt of a statement or unit of work; 0 disables retrying.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay; each later one doubles, with jitter, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Human-readable problems with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        ValidateUri(problems);

        if (string.IsNullOrWhiteSpace(Database))
        {
            problems.Add("Neo4j:Database is empty; name the database to query (usually \"neo4j\").");
        }

        var hasUser = !string.IsNullOrEmpty(User);
        var hasPassword = !string.IsNullOrEmpty(Password);
        if (hasUser && !hasPassword)
        {
            problems.Add("Neo4j:User is set without Neo4j:Password.");
        }
        else if (!hasUser && hasPassword)
        {
            problems.Add("Neo4j:Password is set without Neo4j:User.");
        }

        if (!string.IsNullOrEmpty(Token) && (hasUser || hasPassword))
        {
            problems.Add("Neo4j:Token and Neo4j:User/Neo4j:Password are both set; use one way to authenticate.");
        }

        if (hasUser && User!.Contains(':', StringComparison.Ordinal))
        {
            problems.Add("Neo4j:User contains ':', which Basic authentication cannot carry.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add($"Neo4j:RequestTimeout must be positive, got {RequestTimeout}.");
        }

        if (MaxExecutionTime is { } statementLimit && (statementLimit <= TimeSpan.Zero || statementLimit > TimeSpan.FromDays(1)))
        {
            problems.Add($"Neo4j:MaxExecutionTime must be between 0 and one day, got {statementLimit}.");
        }

        if (TransactionMaxExecutionTime <= TimeSpan.Zero || TransactionMaxExecutionTime > TimeSpan.FromDays(1))
        {
            problems.Add($"Neo4j:TransactionMaxExecutionTime must be between 0 and one day, got {TransactionMaxExecutionTime}.");
        }

        if (MaxRetries is < 0 or > 100)
        {
            problems.Add($"Neo4j:MaxRetries must be between 0 and 100, got {MaxRetries}.");
        }

        if (RetryMaxDelay < TimeSpan.Zero || RetryMaxDelay > TimeSpan.FromDays(1))
        {
            problems.Add($"Neo4j:RetryMaxDelay must be between 0 and one day, got {RetryMaxDelay}.");
        }
        else if (RetryBaseDelay < TimeSpan.Zero || RetryBaseDelay > RetryMaxDelay)
        {
            problems.Add($"Neo4j:RetryBaseDelay must be between 0 and Neo4j:RetryMaxDelay ({RetryMaxDelay}), got {RetryBaseDelay}.");
        }

        return problems;
    }

    private void ValidateUri(List<string> problems)
    {
        if (Uri is null)
        {
            problems.Add("Neo4j:Uri is missing; set the server's HTTP address, e.g. http://localhost:7474.");
            return;
        }

        if (!Uri.IsAbsoluteUri)
        {
            problems.Add($"Neo4j:Uri must be absolute, e.g. http://localhost:7474, got \"{Uri.OriginalString}\".");
            return;
        }

        if (Uri.Scheme != System.Uri.UriSchemeHttp && Uri.Scheme != System.Uri.UriSchemeHttps)
        {
            // bolt:// and neo4j:// are the drivers' protocols; the Query API is plain HTTP on another port (7474 by default).
            problems.Add($"Neo4j:Uri must use http or https (the Query API is HTTP, usually on port 7474), got {Uri.Scheme}://.");
        }

        if (!string.IsNullOrEmpty(Uri.UserInfo))
        {
            problems.Add("Neo4j:Uri must not carry credentials; use Neo4j:User and Neo4j:Password, or Neo4j:Token.");
        }

        if (Uri.AbsolutePath != "/" || !string.IsNullOrEmpty(Uri.Query) || !string.IsNullOrEmpty(Uri.Fragment))
        {
            problems.Add($"Neo4j:Uri must be the server's root without a path or query (e.g. http://localhost:7474), got path \"{Uri.PathAndQuery}\".");
        }
    }
}
