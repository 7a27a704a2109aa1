namespace AseanCyber.Testing.Cypher;

/// <summary>Recursive-descent parser for the supported subset; anything else is a syntax error or, when valid Cypher, Unsupported.</summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _pos;
    private int _speculative;

    private Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    public static Statement Parse(string text)
    {
        var parser = new Parser(text);
        var statement = parser.ParseStatement();
        if (parser.Peek.Is(";"))
        {
            parser._pos++;
        }

        if (parser.Peek.Kind != TokenKind.End)
        {
            throw parser.Peek.Is(";") || parser._tokens[parser._pos - 1].Is(";")
                ? CypherException.Syntax("Expected exactly one statement per request, but got more than one.")
                : parser.Error("end of statement");
        }

        return statement;
    }

    private Token Peek => _tokens[_pos];

    private Token PeekAt(int ahead) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];

    private Statement ParseStatement()
    {
        if (Peek.IsKeyword("CREATE") && (IsSchemaWord(PeekAt(1)) || (IsIndexKind(PeekAt(1)) && PeekAt(2).IsKeyword("INDEX"))))
        {
            return ParseCreateSchema();
        }

        if (Peek.IsKeyword("DROP"))
        {
            return ParseDropSchema();
        }

        if (Peek.IsKeyword("SHOW") || Peek.IsKeyword("USE") || Peek.IsKeyword("EXPLAIN") || Peek.IsKeyword("PROFILE") || Peek.IsKeyword("CYPHER"))
        {
            throw CypherException.NotSupported(Peek.Text.ToUpperInvariant());
        }

        var query = ParseQuery();
        Validate(query, QueryContext.TopLevel);
        Semantics.Check(query, []);
        return query;
    }

    private static bool IsSchemaWord(Token t) => t.IsKeyword("CONSTRAINT") || t.IsKeyword("INDEX");

    private static bool IsIndexKind(Token t) =>
        t.IsKeyword("RANGE") || t.IsKeyword("TEXT") || t.IsKeyword("POINT") || t.IsKeyword("FULLTEXT") || t.IsKeyword("LOOKUP") || t.IsKeyword("VECTOR") || t.IsKeyword("BTREE");

    // ---- schema -------------------------------------------------------------------------------------------------------

    private SchemaCommand ParseCreateSchema()
    {
        Expect("CREATE");
        if (Accept("CONSTRAINT"))
        {
            var (name, ifNotExists) = SchemaNameAndGuard();
            ExpectKeyword("FOR");
            var (variable, label, relationship) = SchemaTarget();
            ExpectKeyword("REQUIRE");
            var properties = SchemaProperties(variable, parenthesised: Peek.Is("("));
            ExpectKeyword("IS");
            if (!Accept("UNIQUE"))
            {
                throw CypherException.NotSupported("A constraint other than IS UNIQUE (" + Peek.Text + ")");
            }

            RefuseOptions();
            return new SchemaCommand(SchemaKind.UniqueConstraint, name, ifNotExists, relationship, label, properties);
        }

        var kind = SchemaKind.Index;
        if (Peek.IsKeyword("FULLTEXT"))
        {
            _pos++;
            kind = SchemaKind.FulltextIndex;
        }
        else if (Peek.IsKeyword("RANGE") || Peek.IsKeyword("TEXT"))
        {
            _pos++;
        }
        else if (IsIndexKind(Peek))
        {
            throw CypherException.NotSupported(Peek.Text.ToUpperInvariant() + " INDEX");
        }

        ExpectKeyword("INDEX");
        var (indexName, guard) = SchemaNameAndGuard();
        ExpectKeyword("FOR");
        var (v, target, isRelationship) = SchemaTarget();
        ExpectKeyword("ON");
        IReadOnlyList<string> props;
        if (kind == SchemaKind.FulltextIndex)
        {
            ExpectKeyword("EACH");
            ExpectSymbol("[");
            props = PropertyList(v, "]");
        }
        else
        {
            props = SchemaProperties(v, parenthesised: true);
        }

        string? analyzer = null;
        if (kind == SchemaKind.FulltextIndex && Accept("OPTIONS"))
        {
            analyzer = FulltextOptions(ParseExpression());
        }

        RefuseOptions();
        return new SchemaCommand(kind, indexName, guard, isRelationship, target, props, analyzer);
    }

    /// <summary>
    /// A full-text index's OPTIONS: only <c>{indexConfig: {`fulltext.analyzer`: '...', `fulltext.eventually_consistent`: false}}</c>
    /// with literal values and an analyzer this engine has (<see cref="FulltextIndexes.Analyzers"/>).
    /// </summary>
    private static string? FulltextOptions(Expr options)
    {
        if (options is not MapLiteral map)
        {
            throw CypherException.Syntax("OPTIONS must be a map.");
        }

        string? analyzer = null;
        foreach (var (key, value) in map.Entries)
        {
            if (key != "indexConfig" || value is not MapLiteral config)
            {
                throw CypherException.NotSupported("The index option " + key);
            }

            foreach (var (setting, settingValue) in config.Entries)
            {
                switch (setting, (settingValue as Literal)?.Value)
                {
                    case ("fulltext.analyzer", string name):
                        analyzer = FulltextIndexes.Analyzers.Contains(name)
                            ? name
                            : throw CypherException.NotSupported($"The full-text analyzer '{name}'");
                        break;
                    case ("fulltext.eventually_consistent", false):
                        break;
                    default:
                        throw CypherException.NotSupported($"The full-text index setting {setting} with that value");
                }
            }
        }

        return analyzer;
    }

    private void RefuseOptions()
    {
        if (Peek.IsKeyword("OPTIONS"))
        {
            throw CypherException.NotSupported("OPTIONS on a schema command");
        }
    }

    private SchemaCommand ParseDropSchema()
    {
        ExpectKeyword("DROP");
        var kind = Accept("CONSTRAINT") ? SchemaKind.DropConstraint
            : Accept("INDEX") ? SchemaKind.DropIndex
            : throw Error("CONSTRAINT or INDEX");
        var name = Name();
        var ifExists = false;
        if (Accept("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }

        return new SchemaCommand(kind, name, ifExists, false, null, []);
    }

    private (string? Name, bool IfNotExists) SchemaNameAndGuard()
    {
        string? name = null;
        if (!Peek.IsKeyword("IF") && !Peek.IsKeyword("FOR"))
        {
            name = Name();
        }

        var guard = false;
        if (Accept("IF"))
        {
            ExpectKeyword("NOT");
            ExpectKeyword("EXISTS");
            guard = true;
        }

        return (name, guard);
    }

    private (string Variable, string LabelOrType, bool Relationship) SchemaTarget()
    {
        ExpectSymbol("(");
        if (Peek.Is(")"))
        {
            _pos++;
            ExpectSymbol("-");
            ExpectSymbol("[");
            var rv = Name();
            ExpectSymbol(":");
            var type = Name();
            ExpectSymbol("]");
            ExpectSymbol("-");
            if (Peek.Is(">"))
            {
                _pos++;
            }

            ExpectSymbol("(");
            ExpectSymbol(")");
            return (rv, type, true);
        }

        var variable = Name();
        ExpectSymbol(":");
        var label = Name();
        ExpectSymbol(")");
        return (variable, label, false);
    }

    private List<string> SchemaProperties(string variable, bool parenthesised)
    {
        if (!parenthesised)
        {
            return [SchemaProperty(variable)];
        }

        ExpectSymbol("(");
        return PropertyList(variable, ")");
    }

    private List<string> PropertyList(string variable, string close)
    {
        var list = new List<string> { SchemaProperty(variable) };
        while (AcceptSymbol(","))
        {
            list.Add(SchemaProperty(variable));
        }

        ExpectSymbol(close);
        return list;
    }

    private string SchemaProperty(string variable)
    {
        var v = Name();
        if (v != variable)
        {
            throw CypherException.Syntax($"Variable `{v}` not defined (the schema command declares `{variable}`).");
        }

        ExpectSymbol(".");
        return Name();
    }

    // ---- queries ------------------------------------------------------------------------------------------------------

    private Query ParseQuery()
    {
        var parts = new List<IReadOnlyList<Clause>> { ParseSingleQuery() };
        bool? all = null;
        while (Accept("UNION"))
        {
            var isAll = Accept("ALL");
            if (!isAll)
            {
                Accept("DISTINCT");
            }

            if (all is { } previous && previous != isAll)
            {
                throw CypherException.Syntax("Invalid combination of UNION and UNION ALL.");
            }

            all = isAll;
            parts.Add(ParseSingleQuery());
        }

        return new Query(parts, all ?? false);
    }

    private List<Clause> ParseSingleQuery()
    {
        var clauses = new List<Clause>();
        while (true)
        {
            var t = Peek;
            if (t.Kind == TokenKind.End || t.Is(";") || t.Is("}") || t.Is(")") || t.IsKeyword("UNION"))
            {
                break;
            }

            clauses.Add(ParseClause());
        }

        if (clauses.Count == 0)
        {
            throw Error("a clause");
        }

        return clauses;
    }

    private Clause ParseClause()
    {
        var t = Peek;
        if (t.Kind != TokenKind.Identifier)
        {
            throw Error("a clause");
        }

        switch (t.Text.ToUpperInvariant())
        {
            case "MATCH":
                _pos++;
                return ParseMatch(optional: false);
            case "OPTIONAL":
                _pos++;
                if (Accept("CALL"))
                {
                    return ParseCall(optional: true);
                }

                ExpectKeyword("MATCH");
                return ParseMatch(optional: true);
            case "UNWIND":
                {
                    _pos++;
                    var source = ParseExpression();
                    ExpectKeyword("AS");
                    return new UnwindClause(source, Name());
                }

            case "WITH":
                _pos++;
                return new WithClause(ParseProjection(isWith: true));
            case "RETURN":
                _pos++;
                return new ReturnClause(ParseProjection(isWith: false));
            case "CALL":
                _pos++;
                return ParseCall(optional: false);
            case "CREATE":
                _pos++;
                return new CreateClause(ParsePatternList());
            case "MERGE":
                _pos++;
                return ParseMerge();
            case "SET":
                _pos++;
                return new SetClause(ParseSetItems());
            case "REMOVE":
                _pos++;
                return new RemoveClause(ParseRemoveItems());
            case "DELETE":
                _pos++;
                return new DeleteClause(false, ParseExpressionList());
            case "DETACH":
                _pos++;
                ExpectKeyword("DELETE");
                return new DeleteClause(true, ParseExpressionList());
            case "NODETACH":
                _pos++;
                ExpectKeyword("DELETE");
                return new DeleteClause(false, ParseExpressionList());
            case "FOREACH":
                _pos++;
                return ParseForeach();
            case "LOAD" or "FINISH" or "USE" or "ORDER" or "SKIP" or "OFFSET" or "LIMIT" or "FILTER" or "LET" or "INSERT" or "START":
                throw CypherException.NotSupported("The " + t.Text.ToUpperInvariant() + " clause");
            default:
                throw Error("a clause");
        }
    }

    private MatchClause ParseMatch(bool optional)
    {
        if ((Peek.IsKeyword("SHORTEST") && !(PeekAt(1).Kind == TokenKind.Integer && PeekAt(2).IsKeyword("GROUPS"))) || Peek.IsKeyword("ANY") || (Peek.IsKeyword("ALL") && PeekAt(1).IsKeyword("SHORTEST"))
            || Peek.IsKeyword("REPEATABLE") || Peek.IsKeyword("DIFFERENT"))
        {
            throw CypherException.NotSupported("A MATCH mode or path selector (" + Peek.Text.ToUpperInvariant() + ")");
        }

        var patterns = ParsePatternList();
        Expr? where = null;
        if (Accept("WHERE"))
        {
            where = ParseExpression();
        }

        return new MatchClause(optional, patterns, where);
    }

    /// <summary>
    /// <c>CALL ns.name(args) YIELD field [AS variable], ... [WHERE condition]</c>. Only <see cref="FulltextIndexes.QueryNodesProcedure"/>
    /// runs; YIELD is required (Neo4j requires it inside a query; a standalone call is not supported here).
    /// </summary>
    private ProcedureCallClause ParseProcedureCall()
    {
        var name = Name();
        while (AcceptSymbol("."))
        {
            name += "." + Name();
        }

        ExpectSymbol("(");
        var arguments = new List<Expr>();
        if (!Peek.Is(")"))
        {
            arguments.Add(ParseExpression());
            while (AcceptSymbol(","))
            {
                arguments.Add(ParseExpression());
            }
        }

        ExpectSymbol(")");
        FulltextIndexes.CheckCall(name, arguments.Count);
        if (!Accept("YIELD"))
        {
            throw CypherException.NotSupported("CALL " + name + " without YIELD");
        }

        var yields = new List<(string, string)>();
        do
        {
            var field = Name();
            yields.Add((FulltextIndexes.CheckOutput(field), Accept("AS") ? Name() : field));
        }
        while (AcceptSymbol(","));

        Expr? where = null;
        if (Accept("WHERE"))
        {
            where = ParseExpression();
        }

        return new ProcedureCallClause(name, arguments, yields, where);
    }

    private Clause ParseCall(bool optional)
    {
        List<string>? imports = null;
        var importAll = false;
        if (AcceptSymbol("("))
        {
            imports = [];
            if (AcceptSymbol("*"))
            {
                importAll = true;
            }
            else if (!Peek.Is(")"))
            {
                imports.Add(Name());
                while (AcceptSymbol(","))
                {
                    imports.Add(Name());
                }
            }

            ExpectSymbol(")");
        }
        else if (IsName(Peek) && !optional)
        {
            return ParseProcedureCall();
        }
        else if (!Peek.Is("{"))
        {
            throw CypherException.NotSupported("Procedure calls (CALL " + Peek.Text + ")");
        }

        ExpectSymbol("{");
        var query = ParseQuery();
        ExpectSymbol("}");
        if (Peek.IsKeyword("IN"))
        {
            throw CypherException.NotSupported("CALL { ... } IN TRANSACTIONS");
        }

        Validate(query, QueryContext.Call);
        return new CallClause(imports, importAll, query, optional);
    }

    private MergeClause ParseMerge()
    {
        var pattern = ParsePatternPart();
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (Peek.IsKeyword("ON"))
        {
            _pos++;
            if (Accept("CREATE"))
            {
                ExpectKeyword("SET");
                onCreate.AddRange(ParseSetItems());
            }
            else
            {
                ExpectKeyword("MATCH");
                ExpectKeyword("SET");
                onMatch.AddRange(ParseSetItems());
            }
        }

        return new MergeClause(pattern, onCreate, onMatch);
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem> { ParseSetItem() };
        while (AcceptSymbol(","))
        {
            items.Add(ParseSetItem());
        }

        return items;
    }

    private SetItem ParseSetItem()
    {
        if (IsName(Peek) && (PeekAt(1).Is("=") || PeekAt(1).Is("+=") || PeekAt(1).Is(":")))
        {
            var variable = Name();
            if (AcceptSymbol(":"))
            {
                return new SetLabels(variable, LabelsAfterColon());
            }

            var merge = Peek.Is("+=");
            _pos++;
            return new SetAllProperties(variable, ParseExpression(), merge);
        }

        var target = ParsePostfix();
        if (target is not PropertyAccess property)
        {
            throw target is IndexAccess
                ? CypherException.NotSupported("Dynamic property names in SET")
                : Error("a property, a variable or labels to set");
        }

        ExpectSymbol("=");
        return new SetProperty(property.Target, property.Key, ParseExpression());
    }

    private List<SetItem> ParseRemoveItems()
    {
        var items = new List<SetItem>();
        do
        {
            if (IsName(Peek) && PeekAt(1).Is(":"))
            {
                var variable = Name();
                _pos++;
                items.Add(new SetLabels(variable, LabelsAfterColon()));
                continue;
            }

            var target = ParsePostfix();
            items.Add(target is PropertyAccess p
                ? new SetProperty(p.Target, p.Key, null)
                : throw Error("a property or labels to remove"));
        }
        while (AcceptSymbol(","));
        return items;
    }

    /// <summary>Labels after a colon already consumed: <c>A:B:C</c>.</summary>
    private List<string> LabelsAfterColon()
    {
        var labels = new List<string> { Name() };
        while (AcceptSymbol(":"))
        {
            labels.Add(Name());
        }

        if (Peek.Is("|") || Peek.Is("&"))
        {
            throw CypherException.NotSupported("Label expressions with | or &");
        }

        return labels;
    }

    private ForeachClause ParseForeach()
    {
        ExpectSymbol("(");
        var variable = Name();
        ExpectKeyword("IN");
        var source = ParseExpression();
        ExpectSymbol("|");
        var body = new List<Clause>();
        while (!Peek.Is(")"))
        {
            var clause = ParseClause();
            if (!Clauses.IsUpdating(clause) || clause is CallClause)
            {
                throw CypherException.Syntax("Invalid use of " + clause.GetType().Name.Replace("Clause", "", StringComparison.Ordinal).ToUpperInvariant() + " inside FOREACH: only updating clauses are allowed.");
            }

            body.Add(clause);
        }

        ExpectSymbol(")");
        if (body.Count == 0)
        {
            throw Error("an updating clause");
        }

        return new ForeachClause(variable, source, body);
    }

    private Projection ParseProjection(bool isWith)
    {
        var distinct = Accept("DISTINCT");
        var star = false;
        var items = new List<ProjectionItem>();
        if (AcceptSymbol("*"))
        {
            star = true;
            if (AcceptSymbol(","))
            {
                items.Add(ParseProjectionItem(isWith));
            }
        }
        else
        {
            items.Add(ParseProjectionItem(isWith));
        }

        while (AcceptSymbol(","))
        {
            items.Add(ParseProjectionItem(isWith));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!names.Add(item.Name))
            {
                throw CypherException.Syntax($"Multiple result columns with the same name are not supported ({item.Name}).");
            }
        }

        var order = new List<SortItem>();
        if (Accept("ORDER"))
        {
            ExpectKeyword("BY");
            do
            {
                var start = Peek.Offset;
                var e = ParseExpression();
                var text = _text[start.._tokens[_pos - 1].End];
                var descending = false;
                if (Accept("DESC") || Accept("DESCENDING"))
                {
                    descending = true;
                }
                else if (!Accept("ASC"))
                {
                    Accept("ASCENDING");
                }

                order.Add(new SortItem(e, descending, text));
            }
            while (AcceptSymbol(","));
        }

        Expr? skip = null;
        Expr? limit = null;
        if (Accept("SKIP") || Accept("OFFSET"))
        {
            skip = ParseExpression();
        }

        if (Accept("LIMIT"))
        {
            limit = ParseExpression();
        }

        Expr? where = null;
        if (isWith && Accept("WHERE"))
        {
            where = ParseExpression();
        }

        return new Projection(distinct, star, items, order, skip, limit, where);
    }

    private ProjectionItem ParseProjectionItem(bool isWith)
    {
        var start = Peek.Offset;
        var expression = ParseExpression();
        var text = _text[start.._tokens[_pos - 1].End];
        if (Accept("AS"))
        {
            return new ProjectionItem(expression, Name(), true, text);
        }

        if (expression is Variable v)
        {
            return new ProjectionItem(expression, v.Name, false, text);
        }

        if (isWith)
        {
            throw CypherException.Syntax($"Expression in WITH must be aliased (use AS): {text}");
        }

        return new ProjectionItem(expression, text, false, text);
    }

    private List<Expr> ParseExpressionList()
    {
        var list = new List<Expr> { ParseExpression() };
        while (AcceptSymbol(","))
        {
            list.Add(ParseExpression());
        }

        return list;
    }

    // ---- validation -----------------------------------------------------------------------------------------------------

    private enum QueryContext
    {
        TopLevel,
        Call,
        Exists,
        Collect,
    }

    private static void Validate(Query query, QueryContext context)
    {
        List<string>? columns = null;
        foreach (var part in query.Parts)
        {
            for (var i = 0; i < part.Count - 1; i++)
            {
                if (part[i] is ReturnClause)
                {
                    throw CypherException.Syntax("RETURN can only be used at the end of the query.");
                }
            }

            var last = part[^1];
            var returns = last as ReturnClause;
            if (query.Parts.Count > 1 && returns is null)
            {
                throw CypherException.Syntax("Every part of a UNION must end with RETURN.");
            }

            switch (context)
            {
                case QueryContext.TopLevel or QueryContext.Call
                    when returns is null && !Clauses.IsUpdating(last) && last is not CallClause:
                    throw CypherException.Syntax($"Query cannot conclude with {ClauseName(last)} (must be a RETURN clause, an update clause or a unit subquery call).");
                case QueryContext.Collect when returns is null || returns.Projection.Star || returns.Projection.Items.Count != 1:
                    throw CypherException.Syntax("A COLLECT subquery must end with a RETURN clause with exactly one column.");
                case QueryContext.Exists when part.Any(Clauses.IsUpdating):
                    throw CypherException.Syntax("An EXISTS or COUNT subquery cannot contain updating clauses.");
                default:
                    break;
            }

            if (returns is not null && !returns.Projection.Star)
            {
                var names = returns.Projection.Items.Select(i => i.Name).ToList();
                if (columns is not null && !columns.SequenceEqual(names, StringComparer.Ordinal))
                {
                    throw CypherException.Syntax("All sub queries in an UNION must have the same return column names.");
                }

                columns = names;
            }
        }
    }

    private static string ClauseName(Clause clause) => clause.GetType().Name.Replace("Clause", "", StringComparison.Ordinal).ToUpperInvariant();

    // ---- tokens -------------------------------------------------------------------------------------------------------

    private static bool IsName(Token t) => t.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    private string Name()
    {
        var t = Peek;
        if (!IsName(t))
        {
            throw Error("a name");
        }

        _pos++;
        return t.Text;
    }

    private bool Accept(string keyword)
    {
        if (Peek.IsKeyword(keyword))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private bool AcceptSymbol(string symbol)
    {
        if (Peek.Is(symbol))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(string keyword) => ExpectKeyword(keyword);

    private void ExpectKeyword(string keyword)
    {
        if (!Accept(keyword))
        {
            throw Error(keyword);
        }
    }

    private void ExpectSymbol(string symbol)
    {
        if (!AcceptSymbol(symbol))
        {
            throw Error("'" + symbol + "'");
        }
    }

    private CypherException Error(string expected)
    {
        var t = Peek;
        var line = 1 + _text.AsSpan(0, Math.Min(t.Offset, _text.Length)).Count('\n');
        return CypherException.Syntax($"Invalid input {t} (offset {t.Offset}, line {line}): expected {expected}.");
    }
}
