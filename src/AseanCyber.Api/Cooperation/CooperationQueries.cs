using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace AseanCyber.Api.Cooperation;

public static class CooperationQueries
{
    public const int MaxPartners = 100;
    public const int MaxPaths = 20;
    public const int MaxEvidence = 100;

    public static void AddCooperationQueries(this QueryType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationType>>>>("cooperation")
            .Description("The direct partners of an actor (a country, profile, body or international organization): every "
                + "actor it shares entries with, strongest first (then more entries, then id). 'where' restricts the entries "
                + "that count, e.g. { kind: { eq: MEETING }, year: { gte: 2015 } }. Membership does not count here; see cooperationPaths.")
            .Argument<NonNullGraphType<IdGraphType>>("of", "An actor's id; a country's code in any case (country:jp). A theme, place or entry is refused (INVALID_ARGUMENT), an unknown id is NODE_NOT_FOUND.")
            .Argument<EntryFilterInputType>("where", "Only these entries count.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = 20; a.Description = $"At most this many partners (1 to {MaxPartners})."; })
            .Resolve(c =>
            {
                var actorId = ActorId(c, "of");
                var first = c.GetArgument("first", 20);
                CheckRange("first", first, MaxPartners);
                var where = FilterParser.Parse(c.GetArgument<object?>("where"), EntryFields.Catalog);
                return CooperationDataLoader.Of(c).LoadAsync(new CooperationKey(actorId, where)).Then(links =>
                    links is null
                        ? throw NotFound(c.GetArgument<string>("of"))
                        : CooperationNetwork.Partners(links).Take(first).Select(l => new Partnership(l, where)).ToList());
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationPathType>>>>("cooperationPaths")
            .Description("How two actors cooperate, directly or through others: up to 'first' simple paths of at most 'maxHops' "
                + "links between actors only (never a theme, a place or an entry), strongest first (the product of the links' "
                + "strengths), then fewer links, then ids. A link is shared entries (those 'where' admits), membership of an "
                + "organization, or a state profile and its country; each is explained by its entries.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "An actor's id (a country's code in any case).")
            .Argument<NonNullGraphType<IdGraphType>>("to", "An actor's id (a country's code in any case).")
            .Argument<IntGraphType>("maxHops", a => { a.DefaultValue = 3; a.Description = $"1 to {CooperationNetwork.MaxHops}."; })
            .Argument<EntryFilterInputType>("where", "Only these entries make links (membership and state links stay).")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = 5; a.Description = $"At most this many paths (1 to {MaxPaths})."; })
            .ResolveAsync(async c =>
            {
                var from = ActorId(c, "from");
                var to = ActorId(c, "to");
                var maxHops = c.GetArgument("maxHops", 3);
                if (maxHops is < 1 or > CooperationNetwork.MaxHops)
                {
                    throw ApiErrors.Create(ApiErrors.InvalidArgument, $"'maxHops' must be between 1 and {CooperationNetwork.MaxHops}; it was {maxHops}.");
                }

                var first = c.GetArgument("first", 5);
                CheckRange("first", first, MaxPaths);
                var where = FilterParser.Parse(c.GetArgument<object?>("where"), EntryFields.Catalog);
                return await CooperationNetwork.FindPathsAsync(c.GraphStore(), from, to, maxHops, where, first, c.CancellationToken).ConfigureAwait(false);
            });
    }

    /// <summary>Both filters (either may be absent), as one: an entry must pass each.</summary>
    public static Filter? Both(Filter? a, Filter? b) => a is null ? b : b is null ? a : new AndFilter([a, b]);

    internal static IEnumerable<WeightedEntry> Take(IResolveFieldContext context, IReadOnlyList<WeightedEntry> entries)
    {
        var first = context.GetArgument("first", 5);
        CheckRange("first", first, MaxEvidence, minimum: 0);
        return entries.Take(first);
    }

    internal static IDataLoaderResult<IReadOnlyList<Entry>> LoadEntries(IResolveFieldContext context, IReadOnlyList<WeightedEntry> entries)
    {
        var loader = NodeByIdDataLoader.Of(context);
        return new LoadedList<Entry>([.. Take(context, entries).Select(e => loader.LoadAsync(e.EntryId).Then(n => (Entry)n!))]);
    }

    internal static IDataLoaderResult<IReadOnlyList<INode>> LoadNodes(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        var loader = NodeByIdDataLoader.Of(context);
        return new LoadedList<INode>([.. ids.Select(id => loader.LoadAsync(id).Then(n => n!))]);
    }

    /// <summary>The argument as the graph spells actor ids; a theme, place or entry is refused, an id of no known kind is not found.</summary>
    private static string ActorId(IResolveFieldContext context, string argument)
    {
        var raw = context.GetArgument<string>(argument);
        var id = NodeIdSpelling.Canonical(raw.Trim());
        if (CooperationActors.IsNonActorId(id))
        {
            throw ApiErrors.Create(
                ApiErrors.InvalidArgument,
                $"'{argument}' must name an actor (a country, profile, body or international organization); '{raw}' is {(NodeIds.PrefixOf(id) == NodeIds.EntryPrefix ? "an" : "a")} {NodeIds.PrefixOf(id)}, which cooperates with no one.");
        }

        return CooperationActors.IsActorId(id) ? id : throw NotFound(raw);
    }

    private static ExecutionError NotFound(string raw) =>
        ApiErrors.Create(GraphErrorCodes.NodeNotFound, $"No actor of the graph has the id '{raw}'.");

    private static void CheckRange(string name, int value, int maximum, int minimum = 1)
    {
        if (value < minimum || value > maximum)
        {
            throw ApiErrors.Create(ApiErrors.PagingLimitExceeded, $"'{name}' must be between {minimum} and {maximum}; it was {value}.");
        }
    }
}
