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
        Field<StringGraphType>("evidence").Description("The source text behind the link, where it has one.").Resolve(c => c.Source.Evidence);
    }
}

public static class PathQueries
{
    public const int MaxHops = 6;
    public const int MaxPaths = 100;

    public static void AddPathQueries(this QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("connections")
            .Description("How two nodes are connected: up to 'first' paths of at most 'maxHops' links, shortest first, each hop explained.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", arg => arg.DefaultValue = 4)
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 10)
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

                return await c.GraphStore().FindPathsAsync(
                    c.GetArgument<string>("from"), c.GetArgument<string>("to"), maxHops, first, c.CancellationToken).ConfigureAwait(false);
            });
}
