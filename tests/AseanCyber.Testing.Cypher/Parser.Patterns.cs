namespace AseanCyber.Testing.Cypher;

internal sealed partial class Parser
{
    /// <summary>Unsupported syntax, unless the parser is only trying whether a pattern fits here (then a plain syntax error lets it back off).</summary>
    private CypherException Refuse(string what) => _speculative > 0 ? CypherException.Syntax(what) : CypherException.NotSupported(what);

    private List<PatternPart> ParsePatternList()
    {
        var list = new List<PatternPart> { ParsePatternPart() };
        while (AcceptSymbol(","))
        {
            list.Add(ParsePatternPart());
        }

        return list;
    }

    private PatternPart ParsePatternPart()
    {
        string? pathVariable = null;
        if (IsName(Peek) && PeekAt(1).Is("="))
        {
            pathVariable = Name();
            _pos++;
        }

        if (Peek.IsKeyword("SHORTESTPATH") || Peek.IsKeyword("ALLSHORTESTPATHS"))
        {
            var selector = Peek.IsKeyword("SHORTESTPATH") ? PathSelector.Shortest : PathSelector.AllShortest;
            _pos++;
            ExpectSymbol("(");
            var (nodes, relationships) = ParseChain();
            ExpectSymbol(")");
            if (relationships.Count != 1)
            {
                throw CypherException.Syntax("shortestPath(...) requires a pattern containing a single relationship.");
            }

            return new PatternPart(pathVariable, nodes, relationships, selector);
        }

        if (Peek.IsKeyword("SHORTEST") && PeekAt(1).Kind == TokenKind.Integer && PeekAt(2).IsKeyword("GROUPS"))
        {
            var groups = (long)PeekAt(1).Value!;
            _pos += 3;
            var (chainNodes, chainRelationships) = ParseChain();
            if (chainRelationships.Count != 1)
            {
                throw CypherException.NotSupported("SHORTEST k GROUPS over a pattern of more than one relationship");
            }

            return new PatternPart(pathVariable, chainNodes, chainRelationships, PathSelector.ShortestGroups, groups);
        }

        if (Peek.IsKeyword("SHORTEST") || Peek.IsKeyword("ANY") || Peek.IsKeyword("ALL"))
        {
            throw CypherException.NotSupported("Path selectors (SHORTEST k, ANY, ALL SHORTEST)");
        }

        var (n, r) = ParseChain();
        return new PatternPart(pathVariable, n, r, PathSelector.All);
    }

    private (List<NodePattern> Nodes, List<RelPattern> Relationships) ParseChain()
    {
        if (Peek.Is("(") && PeekAt(1).Is("("))
        {
            throw Refuse("Quantified path patterns");
        }

        var nodes = new List<NodePattern> { ParseNodePattern() };
        var relationships = new List<RelPattern>();
        while (Peek.Is("-") || (Peek.Is("<") && PeekAt(1).Is("-")))
        {
            var relationship = ParseRelPattern();
            relationships.Add(Peek.Is("{") ? Quantified(relationship) : relationship);
            if (Peek.Is("(") && PeekAt(1).Is("("))
            {
                throw Refuse("Quantified path patterns");
            }

            nodes.Add(ParseNodePattern());
        }

        return (nodes, relationships);
    }

    /// <summary>
    /// A quantified relationship, <c>-[:R]-{m,n}</c>: the manual defines it as the variable-length <c>-[:R*m..n]-</c>
    /// (the same trails, each relationship at most once). A variable or a WHERE inside it (group variables) is not supported.
    /// </summary>
    private RelPattern Quantified(RelPattern relationship)
    {
        if (relationship.VariableLength)
        {
            throw CypherException.Syntax("A variable-length relationship cannot also be quantified.");
        }

        if (relationship.Variable is not null || relationship.Where is not null)
        {
            throw Refuse("Group variables and WHERE in a quantified relationship");
        }

        ExpectSymbol("{");
        long min = 0;
        long? max = null;
        if (Peek.Kind == TokenKind.Integer)
        {
            min = (long)Peek.Value!;
            _pos++;
            if (!Peek.Is(","))
            {
                max = min;
            }
        }

        if (AcceptSymbol(",") && Peek.Kind == TokenKind.Integer)
        {
            max = (long)Peek.Value!;
            _pos++;
        }

        ExpectSymbol("}");
        if (min == 0)
        {
            throw Refuse("A quantifier that admits zero relationships");
        }

        return relationship with { VariableLength = true, MinHops = min, MaxHops = max };
    }

    private NodePattern ParseNodePattern()
    {
        ExpectSymbol("(");
        string? variable = null;
        if (IsName(Peek) && !Peek.IsKeyword("WHERE"))
        {
            variable = Name();
        }

        var labels = new List<string>();
        if (AcceptSymbol(":"))
        {
            labels = LabelsAfterColon();
        }
        else if (Peek.IsKeyword("IS"))
        {
            throw Refuse("IS label expressions");
        }

        Expr? properties = null;
        if (Peek.Is("{"))
        {
            properties = ParseMapLiteral();
        }
        else if (Peek.Kind == TokenKind.Parameter)
        {
            properties = new Parameter(Peek.Text);
            _pos++;
        }

        Expr? where = null;
        if (Accept("WHERE"))
        {
            where = ParseExpression();
        }

        ExpectSymbol(")");
        return new NodePattern(variable, labels, properties, where);
    }

    private RelPattern ParseRelPattern()
    {
        var incoming = AcceptSymbol("<");
        ExpectSymbol("-");
        string? variable = null;
        var types = new List<string>();
        Expr? properties = null;
        Expr? where = null;
        var variableLength = false;
        long min = 1;
        long? max = 1;
        if (AcceptSymbol("["))
        {
            if (IsName(Peek) && !Peek.IsKeyword("WHERE"))
            {
                variable = Name();
            }

            if (AcceptSymbol(":"))
            {
                types.Add(Name());
                while (AcceptSymbol("|"))
                {
                    AcceptSymbol(":");
                    types.Add(Name());
                }

                if (Peek.Is("&") || Peek.Is("!") || Peek.Is("%"))
                {
                    throw CypherException.NotSupported("Relationship type expressions other than |");
                }
            }

            if (AcceptSymbol("*"))
            {
                variableLength = true;
                min = 1;
                max = null;
                if (Peek.Kind == TokenKind.Integer)
                {
                    min = (long)Peek.Value!;
                    max = min;
                    _pos++;
                }

                if (AcceptSymbol(".."))
                {
                    max = null;
                    if (Peek.Kind == TokenKind.Integer)
                    {
                        max = (long)Peek.Value!;
                        _pos++;
                    }
                }
                else if (max is null)
                {
                    min = 1;
                }
            }

            if (Peek.Is("{"))
            {
                properties = ParseMapLiteral();
            }
            else if (Peek.Kind == TokenKind.Parameter)
            {
                properties = new Parameter(Peek.Text);
                _pos++;
            }

            if (Accept("WHERE"))
            {
                if (variableLength)
                {
                    throw CypherException.Syntax("WHERE is not allowed inside a variable length relationship pattern.");
                }

                where = ParseExpression();
            }

            ExpectSymbol("]");
        }

        ExpectSymbol("-");
        var outgoing = AcceptSymbol(">");
        var direction = incoming == outgoing ? Direction.Both : incoming ? Direction.Incoming : Direction.Outgoing;
        return new RelPattern(variable, types, direction, properties, where, variableLength, min, max);
    }
}
