namespace AseanCyber.Testing.Cypher;

internal sealed partial class Parser
{
    private static readonly string[] ComparisonOperators = ["=", "<>", "!=", "<", ">", "<=", ">=", "=~"];

    private Expr ParseExpression() => ParseOr();

    private Expr ParseOr()
    {
        var left = ParseXor();
        while (Accept("OR"))
        {
            left = new Binary("OR", left, ParseXor());
        }

        return left;
    }

    private Expr ParseXor()
    {
        var left = ParseAnd();
        while (Accept("XOR"))
        {
            left = new Binary("XOR", left, ParseAnd());
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseNot();
        while (Accept("AND"))
        {
            left = new Binary("AND", left, ParseNot());
        }

        return left;
    }

    private Expr ParseNot() => Accept("NOT") ? new Unary("NOT", ParseNot()) : ParseComparison();

    private Expr ParseComparison()
    {
        var left = ParsePredicate();
        Expr? result = null;
        while (Peek.Kind == TokenKind.Symbol && ComparisonOperators.Contains(Peek.Text))
        {
            var op = Peek.Text == "!=" ? "<>" : Peek.Text;
            _pos++;
            var right = ParsePredicate();
            var comparison = new Binary(op, left, right);

            // a < b < c means a < b AND b < c.
            result = result is null ? comparison : new Binary("AND", result, comparison);
            left = right;
        }

        return result ?? left;
    }

    private Expr ParsePredicate()
    {
        var left = ParseAdditive();
        while (true)
        {
            if (Peek.IsKeyword("STARTS") && PeekAt(1).IsKeyword("WITH"))
            {
                _pos += 2;
                left = new Binary("STARTS WITH", left, ParseAdditive());
            }
            else if (Peek.IsKeyword("ENDS") && PeekAt(1).IsKeyword("WITH"))
            {
                _pos += 2;
                left = new Binary("ENDS WITH", left, ParseAdditive());
            }
            else if (Accept("CONTAINS"))
            {
                left = new Binary("CONTAINS", left, ParseAdditive());
            }
            else if (Accept("IN"))
            {
                left = new Binary("IN", left, ParseAdditive());
            }
            else if (Peek.IsKeyword("IS"))
            {
                _pos++;
                var negated = Accept("NOT");
                if (!Accept("NULL"))
                {
                    throw Peek.Is(":") || Peek.IsKeyword("TYPED") || Peek.IsKeyword("NORMALIZED") || Peek.Kind == TokenKind.Identifier
                        ? CypherException.NotSupported("IS " + Peek.Text)
                        : Error("NULL");
                }

                left = new IsNull(left, negated);
            }
            else
            {
                return left;
            }
        }
    }

    private Expr ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Peek.Is("+") || Peek.Is("-"))
        {
            var op = Peek.Text;
            _pos++;
            left = new Binary(op, left, ParseMultiplicative());
        }

        return left;
    }

    private Expr ParseMultiplicative()
    {
        var left = ParsePower();
        while (Peek.Is("*") || Peek.Is("/") || Peek.Is("%"))
        {
            var op = Peek.Text;
            _pos++;
            left = new Binary(op, left, ParsePower());
        }

        return left;
    }

    private Expr ParsePower()
    {
        var left = ParseUnary();
        while (AcceptSymbol("^"))
        {
            left = new Binary("^", left, ParseUnary());
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (Peek.Is("-"))
        {
            _pos++;

            // -9223372036854775808 is a valid literal although its digits alone overflow.
            if (Peek.Kind == TokenKind.Integer && Peek.Text == "9223372036854775808")
            {
                _pos++;
                return new Literal(long.MinValue);
            }

            return new Unary("-", ParseUnary());
        }

        if (Peek.Is("+"))
        {
            _pos++;
            return new Unary("+", ParseUnary());
        }

        return ParsePostfix();
    }

    private Expr ParsePostfix()
    {
        var e = ParseAtom();
        while (true)
        {
            if (Peek.Is(".") && IsName(PeekAt(1)))
            {
                _pos++;
                e = new PropertyAccess(e, Name());
            }
            else if (Peek.Is("["))
            {
                _pos++;
                Expr? from = null;
                if (!Peek.Is(".."))
                {
                    from = ParseExpression();
                }

                if (AcceptSymbol(".."))
                {
                    Expr? to = Peek.Is("]") ? null : ParseExpression();
                    ExpectSymbol("]");
                    e = new SliceAccess(e, from, to);
                }
                else
                {
                    ExpectSymbol("]");
                    e = new IndexAccess(e, from ?? throw Error("an index"));
                }
            }
            else if (Peek.Is(":") && IsName(PeekAt(1)))
            {
                _pos++;
                e = new HasLabels(e, LabelsAfterColon());
            }
            else if (Peek.Is("{") && e is Variable subject)
            {
                e = ParseMapProjection(subject);
            }
            else
            {
                return e;
            }
        }
    }

    private Expr ParseAtom()
    {
        var t = Peek;
        switch (t.Kind)
        {
            case TokenKind.Integer or TokenKind.Float or TokenKind.String:
                _pos++;
                return new Literal(t.Value);
            case TokenKind.Parameter:
                _pos++;
                return new Parameter(t.Text);
            case TokenKind.QuotedIdentifier:
                _pos++;
                return new Variable(t.Text);
            case TokenKind.Symbol:
                return t.Text switch
                {
                    "[" => ParseListAtom(),
                    "{" => ParseMapLiteral(),
                    "(" => ParseParenthesised(),
                    _ => throw Error("an expression"),
                };
            case TokenKind.Identifier:
                return ParseNamedAtom();
            default:
                throw Error("an expression");
        }
    }

    private Expr ParseNamedAtom()
    {
        var t = Peek;
        var upper = t.Text.ToUpperInvariant();
        var next = PeekAt(1);
        switch (upper)
        {
            case "TRUE":
                _pos++;
                return new Literal(true);
            case "FALSE":
                _pos++;
                return new Literal(false);
            case "NULL":
                _pos++;
                return new Literal(null);
            case "CASE":
                return ParseCase();
            case "COUNT" when next.Is("(") && PeekAt(2).Is("*"):
                _pos += 2;
                ExpectSymbol("*");
                ExpectSymbol(")");
                return new CountStar();
            case "COUNT" or "EXISTS" or "COLLECT" when next.Is("{"):
                _pos += 2;
                var query = ParseSubqueryBody();
                ExpectSymbol("}");
                Validate(query, upper == "COLLECT" ? QueryContext.Collect : QueryContext.Exists);
                return new SubqueryExpr(upper, query);
            case "ALL" or "ANY" or "NONE" or "SINGLE" when next.Is("(") && IsName(PeekAt(2)) && PeekAt(3).IsKeyword("IN"):
                {
                    _pos += 2;
                    var variable = Name();
                    ExpectKeyword("IN");
                    var source = ParseExpression();
                    ExpectKeyword("WHERE");
                    var where = ParseExpression();
                    ExpectSymbol(")");
                    return new Quantifier(upper, variable, source, where);
                }

            case "SHORTESTPATH" or "ALLSHORTESTPATHS" when next.Is("("):
                throw CypherException.NotSupported("shortestPath() as an expression");
            case "REDUCE" when next.Is("("):
                {
                    _pos += 2;
                    var accumulator = Name();
                    ExpectSymbol("=");
                    var initial = ParseExpression();
                    ExpectSymbol(",");
                    var variable = Name();
                    ExpectKeyword("IN");
                    var source = ParseExpression();
                    ExpectSymbol("|");
                    var expression = ParseExpression();
                    ExpectSymbol(")");
                    return new Reduce(accumulator, initial, variable, source, expression);
                }
            default:
                break;
        }

        // A function call, perhaps namespaced: a.b.c(...).
        var ahead = 1;
        while (PeekAt(ahead).Is(".") && IsName(PeekAt(ahead + 1)))
        {
            ahead += 2;
        }

        if (PeekAt(ahead).Is("("))
        {
            var name = string.Concat(Enumerable.Range(0, ahead).Select(i => _tokens[_pos + i].Text));
            _pos += ahead + 1;
            if (!Functions.IsKnown(name))
            {
                throw CypherException.Syntax($"Unknown function '{name}'");
            }

            var distinct = Accept("DISTINCT");
            var arguments = new List<Expr>();
            if (!Peek.Is(")"))
            {
                arguments = ParseExpressionList();
            }

            ExpectSymbol(")");
            Functions.CheckArity(name, arguments.Count);
            if (distinct && !Functions.IsAggregate(name))
            {
                throw CypherException.Syntax($"Invalid use of DISTINCT with function '{name}'");
            }

            return new FunctionCall(name, distinct, arguments);
        }

        _pos++;
        return new Variable(t.Text);
    }

    private Query ParseSubqueryBody()
    {
        if (Peek.Is("(") || (IsName(Peek) && PeekAt(1).Is("=")))
        {
            var patterns = ParsePatternList();
            Expr? where = null;
            if (Accept("WHERE"))
            {
                where = ParseExpression();
            }

            return new Query([new List<Clause> { new MatchClause(false, patterns, where) }], false);
        }

        return ParseQuery();
    }

    private CaseExpr ParseCase()
    {
        ExpectKeyword("CASE");
        Expr? subject = Peek.IsKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<(Expr, Expr)>();
        while (Accept("WHEN"))
        {
            var when = ParseExpression();
            ExpectKeyword("THEN");
            alternatives.Add((when, ParseExpression()));
        }

        if (alternatives.Count == 0)
        {
            throw Error("WHEN");
        }

        Expr? otherwise = null;
        if (Accept("ELSE"))
        {
            otherwise = ParseExpression();
        }

        ExpectKeyword("END");
        return new CaseExpr(subject, alternatives, otherwise);
    }

    private Expr ParseListAtom()
    {
        ExpectSymbol("[");
        if (IsName(Peek) && PeekAt(1).IsKeyword("IN"))
        {
            var variable = Name();
            _pos++;
            var source = ParseExpression();
            Expr? where = null;
            Expr? projection = null;
            if (Accept("WHERE"))
            {
                where = ParseExpression();
            }

            if (AcceptSymbol("|"))
            {
                projection = ParseExpression();
            }

            ExpectSymbol("]");
            return new ListComprehension(variable, source, where, projection);
        }

        if (Peek.Is("(") || (IsName(Peek) && PeekAt(1).Is("=")))
        {
            var saved = _pos;
            _speculative++;
            try
            {
                var pattern = ParsePatternPart();
                if (pattern.Relationships.Count > 0 && (Peek.IsKeyword("WHERE") || Peek.Is("|")))
                {
                    Expr? where = null;
                    if (Accept("WHERE"))
                    {
                        where = ParseExpression();
                    }

                    ExpectSymbol("|");
                    var projection = ParseExpression();
                    ExpectSymbol("]");
                    return new PatternComprehension(pattern, where, projection);
                }
            }
            catch (CypherException e) when (e.Code == CypherException.SyntaxError)
            {
            }
            finally
            {
                _speculative--;
            }

            _pos = saved;
        }

        var items = new List<Expr>();
        if (!Peek.Is("]"))
        {
            items = ParseExpressionList();
        }

        ExpectSymbol("]");
        return new ListLiteral(items);
    }

    /// <summary>
    /// <c>v {.a, key: expr, w}</c>, as the manual defines it: a map of the selected properties (null when missing), the
    /// literal entries and the variables by name; null when <c>v</c> is null. All-properties <c>.*</c> is not supported.
    /// </summary>
    private CaseExpr ParseMapProjection(Variable subject)
    {
        ExpectSymbol("{");
        var entries = new List<KeyValuePair<string, Expr>>();
        if (!Peek.Is("}"))
        {
            do
            {
                if (AcceptSymbol("."))
                {
                    if (Peek.Is("*"))
                    {
                        throw CypherException.NotSupported("All-properties selectors (.*) in map projections");
                    }

                    var key = Name();
                    entries.Add(new(key, new PropertyAccess(subject, key)));
                }
                else if (IsName(Peek) && PeekAt(1).Is(":"))
                {
                    var key = Name();
                    ExpectSymbol(":");
                    entries.Add(new(key, ParseExpression()));
                }
                else
                {
                    var name = Name();
                    entries.Add(new(name, new Variable(name)));
                }
            }
            while (AcceptSymbol(","));
        }

        ExpectSymbol("}");

        // Later entries win over earlier ones with the same key, as in Neo4j.
        var distinct = entries.GroupBy(e => e.Key, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        return new CaseExpr(null, [(new IsNull(subject, false), new Literal(null))], new MapLiteral(distinct));
    }

    private MapLiteral ParseMapLiteral()
    {
        ExpectSymbol("{");
        var entries = new List<KeyValuePair<string, Expr>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (!Peek.Is("}"))
        {
            do
            {
                var key = Name();
                if (!keys.Add(key))
                {
                    throw CypherException.Syntax($"Duplicate key '{key}' in a map literal.");
                }

                ExpectSymbol(":");
                entries.Add(new(key, ParseExpression()));
            }
            while (AcceptSymbol(","));
        }

        ExpectSymbol("}");
        return new MapLiteral(entries);
    }

    private Expr ParseParenthesised()
    {
        var saved = _pos;
        _speculative++;
        try
        {
            var pattern = ParsePatternPart();
            if (pattern.Relationships.Count > 0)
            {
                return new PatternPredicate(pattern);
            }
        }
        catch (CypherException e) when (e.Code == CypherException.SyntaxError)
        {
        }
        finally
        {
            _speculative--;
        }

        _pos = saved;
        ExpectSymbol("(");
        var inner = ParseExpression();
        ExpectSymbol(")");
        return inner;
    }
}
