using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Nodes;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Store;
using GraphQL;
using GraphQL.Types;

namespace AseanCyber.Api.Paths;

public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "A chain of links between two nodes; steps[i] joins nodes[i] and nodes[i + 1].";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of steps.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<FloatGraphType>>("strength")
            .Description("How well the path is evidenced, 0 to 1: the product of its steps' weights. Paths come strongest first.")
            .Resolve(c => c.Source.Strength);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepType>>>>("steps").Resolve(c => c.Source.Steps);
    }
}

public sealed class PathStepType : ObjectGraphType<PathStep>
{
    public PathStepType()
    {
        Name = "PathStep";
        Description = "One hop of a path, explained: which relationship joins the two nodes and the text that produced it.";
        Field<NonNullGraphType<NodeInterface>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("relationship")
            .Description("IN_PROFILE, ISSUED_BY, INVOLVES, HELD_IN, IN, ABOUT, MENTIONS, MEMBER_OF or OF_COUNTRY.")
            .Resolve(c => c.Source.Relationship);
        Field<NonNullGraphType<NodeInterface>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<BooleanGraphType>>("forward")
            .Description("True when the hop follows the relationship's direction (entry to body, say); false when it walks it backwards.")
            .Resolve(c => c.Source.Forward);
        Field<StringGraphType>("evidence")
            .Description("The source text behind the link, where it has one; for a theme its terms, prefixed 'weak: ' when they are all generic.")
            .Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<FloatGraphType>>("weight")
            .Description(
                "What the step's evidence is worth, 0 to 1: ISSUED_BY, INVOLVES as PARTNER and OF_COUNTRY 1; INVOLVES as HOST 0.9; as VENUE, HELD_IN " +
                "and IN 0.6; MENTIONS and MEMBER_OF 0.5; IN_PROFILE (two entries share a profile) 0.3; ABOUT (a shared theme) 0.1 times the theme link's confidence.")
            .Resolve(c => c.Source.Weight);
    }
}

public sealed class LinkKindType : EnumerationGraphType<LinkKind>
{
    public LinkKindType()
    {
        Name = "LinkKind";
        Description = "A kind of relationship a path may use, by its stored type (PathStep.relationship).";
        Describe(LinkKind.IssuedBy, "An entry and the body that issued or ran it.");
        Describe(LinkKind.Involves, "An entry and a country it involves (as partner, host or venue).");
        Describe(LinkKind.HeldIn, "An entry and the place where it was held.");
        Describe(LinkKind.In, "A place and its country.");
        Describe(LinkKind.About, "An entry and a theme its text matched.");
        Describe(LinkKind.Mentions, "An entry and an international organization it names.");
        Describe(LinkKind.MemberOf, "A country and the intergovernmental organisation's profile it is a member of.");
        Describe(LinkKind.InProfile, "An entry and the profile that lists it.");
        Describe(LinkKind.OfCountry, "A state profile and its own country.");
    }

    private void Describe(LinkKind kind, string description) => Values.Single(v => Equals(v.Value, kind)).Description = description;
}

public static class PathQueries
{
    public const int MaxHops = 6;
    public const int MaxPaths = 100;

    public static void AddPathQueries(this QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("connections")
            .Description(
                "How two nodes are connected: the 'first' strongest paths of at most 'maxHops' links, ranked over all of them by strength " +
                "(then fewer links, then ids), each hop explained and weighed; paths through a shared profile or theme come last. " +
                "Ids match in any case, a country by its ISO code, alpha-2 or alpha-3 (country:jp, country:JPN). An id that names no node is an error (NODE_NOT_FOUND).")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", arg => arg.DefaultValue = 4)
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 10)
            .Argument<ListGraphType<NonNullGraphType<LinkKindType>>>("via", "The kinds of relationship a path may use; all of them when omitted.")
            .ResolveAsync(async c =>
            {
                var maxHops = c.GetArgument("maxHops", 4);
                var first = c.GetArgument("first", 10);
                if (maxHops is < 1 or > MaxHops)
                {
                    throw ApiErrors.Create(ApiErrors.InvalidArgument, $"'maxHops' must be between 1 and {MaxHops}; it was {maxHops}.");
                }

                if (first is < 1 or > MaxPaths)
                {
                    throw ApiErrors.Create(ApiErrors.PagingLimitExceeded, $"'first' must be between 1 and {MaxPaths}; it was {first}.");
                }

                var via = c.GetArgument<List<LinkKind>?>("via");
                if (via is { Count: 0 })
                {
                    throw ApiErrors.Create(ApiErrors.InvalidArgument, "'via' must name at least one kind of link, or be left out for all of them.");
                }

                var pathQuery = new PathQuery(c.GetArgument<string>("from"), c.GetArgument<string>("to"), maxHops, first)
                {
                    Via = via?.ToHashSet(),
                };
                return await c.GraphStore().FindPathsAsync(pathQuery, c.CancellationToken).ConfigureAwait(false);
            });
}
