using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Api.Profiles;

public static class ProfileQueries
{
    public static void AddProfileQueries(this QueryType query) =>
        query.AddNodeList<ProfileType, ProfileFilterInputType, ProfileSortInputType, Profile>(
            "profiles", "Every imported profile, by name.", ProfileFields.Catalog, (s, q, ct) => s.GetProfilesAsync(q, ct));
}
