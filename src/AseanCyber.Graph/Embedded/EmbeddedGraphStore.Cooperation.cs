using System.Runtime.CompilerServices;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    /// <summary>Each entry's actors and their evidence, worked out once per row (rows live as long as their snapshot).</summary>
    private static readonly ConditionalWeakTable<EntryRow, KeyValuePair<string, Evidence>[]> ActorsOfRow = [];

    public Task<IReadOnlyDictionary<string, ActorLinks>> GetCooperationAsync(IReadOnlyCollection<string> actorIds, Filter? where, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Snapshot;
        var admits = Schemas.EntryFilter.CompileOrNull(where);
        var result = new Dictionary<string, ActorLinks>(actorIds.Count, StringComparer.Ordinal);
        foreach (var actorId in actorIds)
        {
            if (result.ContainsKey(actorId) || snapshot.Node(actorId) is not { } node || !CooperationActors.IsActor(node))
            {
                continue;
            }

            var shared = new List<SharedEntry>();
            foreach (var row in snapshot.EntriesOf(actorId))
            {
                if (admits is not null && !admits(row.Linked))
                {
                    continue;
                }

                var evidence = ActorsOfRow.GetValue(row, static r => [.. EvidenceIn(r)]);
                var own = Array.Find(evidence, p => p.Key == actorId).Value;
                if (own == Evidence.None)
                {
                    continue;
                }

                foreach (var (partnerId, theirs) in evidence)
                {
                    if (partnerId != actorId)
                    {
                        shared.Add(new SharedEntry(partnerId, row.Entry.Id, row.Entry.Year, own, theirs));
                    }
                }
            }

            result[actorId] = new ActorLinks(actorId, shared, DirectLinks(snapshot, node));
        }

        return Task.FromResult<IReadOnlyDictionary<string, ActorLinks>>(result);
    }

    /// <summary>Every actor the entry ties, with its evidence: the owning profile, issuing bodies, involved countries (by role), the countries of its places, the organizations it names.</summary>
    private static Dictionary<string, Evidence> EvidenceIn(EntryRow row)
    {
        var links = row.Links;
        var evidence = new Dictionary<string, Evidence>(StringComparer.Ordinal) { [row.Linked.Profile.Id] = Evidence.Owner };
        foreach (var body in links.Bodies)
        {
            Add(body.Body.Id, Evidence.Issuer);
        }

        foreach (var involvement in links.Involvements)
        {
            Add(involvement.Country.Id, involvement.Role switch
            {
                InvolvementRole.Partner => Evidence.Partner,
                InvolvementRole.Host => Evidence.Host,
                _ => Evidence.Venue,
            });
        }

        foreach (var place in links.Places)
        {
            if (place.Place.Country is { } country)
            {
                Add(country.Id, Evidence.Venue);
            }
        }

        foreach (var organization in links.Organizations)
        {
            Add(organization.Organization.Id, Evidence.Mention);
        }

        return evidence;

        void Add(string id, Evidence kind) => evidence[id] = evidence.GetValueOrDefault(id) | kind;
    }

    /// <summary>A profile's members and own country; a country's profiles that list it as a member or are about it.</summary>
    private static List<DirectLink> DirectLinks(GraphSnapshot snapshot, INode actor)
    {
        var links = new List<DirectLink>();
        switch (actor)
        {
            case Profile profile:
                links.AddRange(profile.Members.Select(m => new DirectLink(m.Id, DirectLinkKind.Membership)));
                if (profile.Country is { } own)
                {
                    links.Add(new DirectLink(own.Id, DirectLinkKind.StateCountry));
                }

                break;
            case Country country:
                foreach (var profile in snapshot.Profiles)
                {
                    if (profile.Members.Any(m => m.Id == country.Id))
                    {
                        links.Add(new DirectLink(profile.Id, DirectLinkKind.Membership));
                    }

                    if (profile.Country?.Id == country.Id)
                    {
                        links.Add(new DirectLink(profile.Id, DirectLinkKind.StateCountry));
                    }
                }

                break;
        }

        return links;
    }

    /// <summary>The entries in both actors' scopes, in the default order (both lists are in it: a merge by rank).</summary>
    private static EntryList? SharedRows(GraphSnapshot snapshot, string key)
    {
        if (EntryScope.SplitSharedKey(key) is not var (actorId, partnerId)
            || snapshot.Node(actorId) is not { } actor || !CooperationActors.IsActor(actor)
            || snapshot.Node(partnerId) is not { } partner || !CooperationActors.IsActor(partner))
        {
            return null;
        }

        var mine = snapshot.EntriesOf(actorId);
        var theirs = snapshot.EntriesOf(partnerId);

        var both = new List<EntryRow>();
        for (int i = 0, j = 0; i < mine.Count && j < theirs.Count;)
        {
            var order = EntryRow.CompareRank(mine[i], theirs[j]);
            if (order == 0)
            {
                both.Add(mine[i]);
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return EntryList.Of([[.. both]]);
    }
}
