using AseanCyber.Api.GraphQL;
using AseanCyber.Graph.Model;
using GraphQL;
using GraphQL.Types;

namespace AseanCyber.Api.Nodes;

public static class NodeQueries
{
    private const int MaxIds = 100;

    public static void AddNodeQueries(this QueryType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global id. Ids match as cooperation and connections take them: the prefix in any case, a code or slug key in any case, a country by its alpha-2 or alpha-3 code (country:jp, Country:JPN); the object answers with its own id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => NodeByIdDataLoader.Of(c).LoadAsync(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches objects by their global ids, in the order asked; null where an id matches nothing. Ids match as node(id:) takes them.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw ApiErrors.Create(ApiErrors.InvalidArgument, $"'ids' takes at most {MaxIds} ids; it had {ids.Count}.");
                }

                var loader = NodeByIdDataLoader.Of(c);
                var pending = ids.Select(loader.LoadAsync).ToList();
                var nodes = new List<INode?>(pending.Count);
                foreach (var result in pending)
                {
                    nodes.Add(await result.GetResultAsync(c.CancellationToken).ConfigureAwait(false));
                }

                return nodes;
            });
    }
}
