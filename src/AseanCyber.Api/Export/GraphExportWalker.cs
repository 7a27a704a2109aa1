using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using S = AseanCyber.Api.Export.ExportSchema;

namespace AseanCyber.Api.Export;

/// <summary>Where the walk's nodes and relationships go; <see cref="EndBatchAsync"/> closes each page (the endpoint sends it).</summary>
public interface IExportSink
{
    void Node(ExportNode node);

    void Edge(ExportEdge edge);

    Task EndBatchAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Walks the graph through the store port, so both adapters export the same: the profiles (with their members and own
/// country) and, for the whole graph, every country, body, theme, place and organization the store lists; then the
/// entries a page at a time, each page's links in one batch. A node is written once, before the first relationship that
/// needs it (a place after its country); an entry with the page that holds it. Memory: one page, and the ids of the
/// nodes other than entries written so far.
/// </summary>
public sealed class GraphExportWalker(IGraphStore store, int pageSize)
{
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private IExportSink _sink = null!;

    public async Task WalkAsync(ExportScope scope, IExportSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        _sink = sink;
        EntryScope entries;
        if (scope.Profile is { } profile)
        {
            WriteProfile(profile);
            entries = EntryScope.Of(EntryScopeKind.Profile, [profile.Id]);
        }
        else
        {
            foreach (var each in await store.GetProfilesAsync(ListQuery.All, cancellationToken).ConfigureAwait(false))
            {
                WriteProfile(each);
            }

            foreach (var country in await store.GetCountriesAsync(ListQuery.All, cancellationToken).ConfigureAwait(false))
            {
                WriteNode(country, S.Country);
            }

            foreach (var body in await store.GetBodiesAsync(ListQuery.All, cancellationToken).ConfigureAwait(false))
            {
                WriteNode(body, S.Body);
            }

            foreach (var theme in await store.GetThemesAsync(ListQuery.All, cancellationToken).ConfigureAwait(false))
            {
                WriteNode(theme, S.Theme);
            }

            foreach (var place in await store.GetPlacesAsync(ListQuery.All, cancellationToken).ConfigureAwait(false))
            {
                WritePlace(place);
            }

            foreach (var organization in await store.GetOrganizationsAsync(ListQuery.All, cancellationToken).ConfigureAwait(false))
            {
                WriteNode(organization, S.Organization);
            }

            entries = EntryScope.All;
        }

        await sink.EndBatchAsync(cancellationToken).ConfigureAwait(false);
        var key = entries.NodeIds[0];
        for (var offset = 0; ;)
        {
            var query = new EntryQuery(null, [], new Window(offset, pageSize));
            var page = (await store.QueryEntriesAsync(entries, query, cancellationToken).ConfigureAwait(false))[key];
            if (page.Entries.Count == 0)
            {
                break;
            }

            var links = await store.GetEntryLinksAsync([.. page.Entries.Select(e => e.Id)], cancellationToken).ConfigureAwait(false);
            foreach (var entry in page.Entries)
            {
                await WriteEntryAsync(entry, links.TryGetValue(entry.Id, out var l) ? l : EntryLinks.Empty, cancellationToken).ConfigureAwait(false);
            }

            await sink.EndBatchAsync(cancellationToken).ConfigureAwait(false);
            offset += page.Entries.Count;
            if (!page.HasNextPage)
            {
                break;
            }
        }
    }

    private async Task WriteEntryAsync(Entry entry, EntryLinks links, CancellationToken cancellationToken)
    {
        foreach (var link in links.Bodies)
        {
            WriteNode(link.Body, S.Body);
        }

        foreach (var link in links.Involvements)
        {
            WriteNode(link.Country, S.Country);
        }

        foreach (var link in links.Places)
        {
            WritePlace(link.Place);
        }

        foreach (var link in links.Themes)
        {
            WriteNode(link.Theme, S.Theme);
        }

        foreach (var link in links.Organizations)
        {
            WriteNode(link.Organization, S.Organization);
        }

        _sink.Node(S.Entry.Node(entry));

        // Neo4j answers each read from its latest state: an entry of a profile imported after the profiles were listed.
        if (!_written.Contains(entry.ProfileId)
            && (await store.GetNodesAsync([entry.ProfileId], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(entry.ProfileId) is Profile profile)
        {
            WriteProfile(profile);
        }

        if (_written.Contains(entry.ProfileId))
        {
            _sink.Edge(S.InProfile.Edge(entry.Id, entry.ProfileId, entry));
        }

        Write(entry, links.Bodies, S.IssuedBy, l => l.Body.Id);
        Write(entry, links.Involvements, S.Involves, l => l.Country.Id);
        Write(entry, links.Places, S.HeldIn, l => l.Place.Id);
        Write(entry, links.Themes, S.About, l => l.Theme.Id);
        Write(entry, links.Organizations, S.Mentions, l => l.Organization.Id);
    }

    private void Write<TLink>(Entry entry, IReadOnlyList<TLink> links, RelationshipExport<TLink> relationship, Func<TLink, string> target)
    {
        for (var i = 0; i < links.Count; i++)
        {
            _sink.Edge(relationship.Edge(entry.Id, target(links[i]), links[i], i));
        }
    }

    private void WriteProfile(Profile profile)
    {
        if (!WriteNode(profile, S.Profile))
        {
            return;
        }

        for (var i = 0; i < profile.Members.Count; i++)
        {
            var member = profile.Members[i];
            WriteNode(member, S.Country);
            _sink.Edge(S.MemberOf.Edge(member.Id, profile.Id, member, i));
        }

        if (profile.Country is { } own)
        {
            WriteNode(own, S.Country);
            _sink.Edge(S.OfCountry.Edge(profile.Id, own.Id, own));
        }
    }

    private void WritePlace(Place place)
    {
        if (place.Country is { } country)
        {
            WriteNode(country, S.Country);
        }

        if (WriteNode(place, S.Place) && place.Country is { } inCountry)
        {
            _sink.Edge(S.In.Edge(place.Id, inCountry.Id, place));
        }
    }

    /// <summary>Writes the node unless it was written before; true when written now.</summary>
    private bool WriteNode<TNode>(TNode node, NodeExport<TNode> export)
        where TNode : INode
    {
        if (!_written.Add(node.Id))
        {
            return false;
        }

        _sink.Node(export.Node(node));
        return true;
    }
}
