namespace AseanCyber.Testing.Cypher;

/// <summary>A statement refused or failed, with the status code Neo4j would report for it.</summary>
public sealed class CypherException : Exception
{
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string SemanticError = "Neo.ClientError.Statement.SemanticError";
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string ArgumentError = "Neo.ClientError.Statement.ArgumentError";
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";
    public const string ParameterMissing = "Neo.ClientError.Statement.ParameterMissing";
    public const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";
    public const string AccessMode = "Neo.ClientError.Statement.AccessMode";
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string ConstraintCreationFailed = "Neo.ClientError.Schema.ConstraintCreationFailed";
    public const string EquivalentSchemaRuleAlreadyExists = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    public const string SchemaRuleNotFound = "Neo.ClientError.Schema.ConstraintDropFailed";
    public const string ForbiddenDueToTransactionType = "Neo.ClientError.Transaction.ForbiddenDueToTransactionType";
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    public const string Outdated = "Neo.TransientError.Transaction.Outdated";

    /// <summary>
    /// Valid Cypher that this engine does not implement. Deliberately not a Neo4j code, so a stand-in built on the engine
    /// fails loudly instead of passing a statement off as refused by Neo4j.
    /// </summary>
    public const string Unsupported = "AseanCyber.Testing.Cypher.Unsupported";

    public CypherException()
        : this(SyntaxError, "Invalid statement.")
    {
    }

    public CypherException(string message)
        : this(SyntaxError, message)
    {
    }

    public CypherException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = SyntaxError;
    }

    public CypherException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }

    public override string ToString() => Code + ": " + base.ToString();

    internal static CypherException Syntax(string message) => new(SyntaxError, message);

    internal static CypherException Type(string message) => new(TypeError, message);

    internal static CypherException Argument(string message) => new(ArgumentError, message);

    internal static CypherException NotSupported(string what) => new(Unsupported, what + " is not supported by the in-memory Cypher engine.");
}
