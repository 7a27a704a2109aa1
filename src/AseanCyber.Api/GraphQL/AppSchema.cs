using GraphQL;
using GraphQL.Types;

namespace AseanCyber.Api.GraphQL;

public sealed class AppSchema : Schema
{
    public AppSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "AseanCyber: a knowledge graph of cyber-policy cooperation read from Cyber Policy Portal profiles.";
        Query = query;
        Mutation = mutation;
        // Introspection is what IDEs send to load the schema; it must never count against the complexity budget.
        this.WithIntrospectionComplexityImpact(0);
    }
}
