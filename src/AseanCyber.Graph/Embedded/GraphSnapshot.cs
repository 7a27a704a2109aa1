using System.Globalization;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// One immutable state of the graph, built from the imported documents in one go; the store swaps whole snapshots,
/// so a reader holding one never sees a partial import. Shared nodes are merged by id (the first document in profile-id
/// order names them) and exist only while something links them.
/// </summary>
internal sealed class GraphSnapshot
{
    private GraphSnapshot(
        IReadOnlyList<ProfileDocument> documents,
        Profile[] profiles,
        EntryRow[] entries,
        Dictionary<string, INode> nodes,
        Dictionary<string, EntryRow> entriesById,
        Dictionary<string, EntryRow[]> entriesByNode,
        PathGraph paths)
    {
        Documents = documents;
        Profiles = profiles;
        Entries = entries;
        Nodes = nodes;
        EntriesById = entriesById;
        EntriesByNode = entriesByNode;
        Paths = paths;
        Countries = SortedByName<Country>(nodes.Values, c => c.Name);
        Bodies = SortedByName<Body>(nodes.Values, b => b.Name);
        Themes = SortedByName<Theme>(nodes.Values, t => t.Name);
        Places = SortedByName<Place>(nodes.Values, p => p.Name);
        Organizations = SortedByName<Organization>(nodes.Values, o => o.Name);
    }

    /// <summary>The imported documents, one per profile, in profile-id order: what the next import rebuilds from.</summary>
    public IReadOnlyList<ProfileDocument> Documents { get; }

    /// <summary>By name, then id.</summary>
    public Profile[] Profiles { get; }

    /// <summary>Every entry in the default order: profile id, then first source line.</summary>
    public EntryRow[] Entries { get; }

    public Dictionary<string, INode> Nodes { get; }

    public Dictionary<string, EntryRow> EntriesById { get; }

    /// <summary>Per profile, country, body, theme, place and organization id: its entries in the default order.</summary>
    public Dictionary<string, EntryRow[]> EntriesByNode { get; }

    public PathGraph Paths { get; }

    public Country[] Countries { get; }

    public Body[] Bodies { get; }

    public Theme[] Themes { get; }

    public Place[] Places { get; }

    public Organization[] Organizations { get; }

    /// <summary>This snapshot's documents with <paramref name="document"/> replacing the one of the same profile.</summary>
    public GraphSnapshot With(ProfileDocument document) =>
        Build(Documents.Where(d => d.Profile.Id != document.Profile.Id).Append(document));

    /// <exception cref="GraphStoreException">INVALID_DOCUMENT when a document contradicts itself or another one.</exception>
    public static GraphSnapshot Build(IEnumerable<ProfileDocument> documents)
    {
        var builder = new Builder();
        var ordered = documents.OrderBy(d => d.Profile.Id, StringComparer.Ordinal).ToArray();
        foreach (var document in ordered)
        {
            builder.Add(document);
        }

        return builder.Finish(ordered);
    }

    private static GraphStoreException Invalid(string reason) => new(GraphErrorCodes.InvalidDocument, $"Invalid profile document: {reason}.");

    private static T[] SortedByName<T>(IEnumerable<INode> nodes, Func<T, string> name)
        where T : INode
    {
        var result = nodes.OfType<T>().ToArray();
        Array.Sort(result, (a, b) => Schemas.CompareNames(name(a), a.Id, name(b), b.Id));
        return result;
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, INode> _nodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<EntryRow>> _entriesByNode = new(StringComparer.Ordinal);
        private readonly List<EntryRow> _entries = [];
        private readonly List<Profile> _profiles = [];
        private readonly List<PathGraph.Link> _links = [];

        public void Add(ProfileDocument document)
        {
            document.Validate();
            var profile = document.Profile;
            var members = profile.Members.Select(Canonical).ToArray();
            if (!members.SequenceEqual(profile.Members))
            {
                profile = profile with { Members = members };
            }

            var country = profile.Country is { } own ? Canonical(own) : null;
            if (country is not null && !ReferenceEquals(country, profile.Country))
            {
                profile = profile with { Country = country };
            }

            if (!_nodes.TryAdd(profile.Id, profile))
            {
                throw Invalid($"profile {profile.Id} is imported twice");
            }

            _profiles.Add(profile);
            _entriesByNode.Add(profile.Id, []);
            foreach (var member in members)
            {
                _links.Add(new(member.Id, Relationships.MemberOf, profile.Id, null, HopWeights.MemberOf));
            }

            // After the members, as Neo4j orders this link (no ordinal) after theirs when a state lists itself as one.
            if (country is not null)
            {
                _links.Add(new(profile.Id, Relationships.OfCountry, country.Id, null, HopWeights.OfCountry));
            }

            foreach (var imported in document.Entries.OrderBy(e => e.Entry.Source.FirstLine))
            {
                AddEntry(profile, imported);
            }
        }

        public GraphSnapshot Finish(IReadOnlyList<ProfileDocument> documents)
        {
            var profiles = _profiles.ToArray();
            Array.Sort(profiles, (a, b) => Schemas.CompareNames(a.Name, a.Id, b.Name, b.Id));
            var entries = _entries.ToArray();
            return new GraphSnapshot(
                documents,
                profiles,
                entries,
                _nodes,
                entries.ToDictionary(r => r.Entry.Id, StringComparer.Ordinal),
                _entriesByNode.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
                new PathGraph(_nodes, _links));
        }

        private void AddEntry(Profile profile, ImportedEntry imported)
        {
            var entry = imported.Entry;
            if (!_nodes.TryAdd(entry.Id, entry))
            {
                throw Invalid($"entry id {entry.Id} is used by two profiles");
            }

            var links = CanonicalLinks(imported.Links);
            var row = new EntryRow(_entries.Count, entry, profile, links);
            _entries.Add(row);
            Index(profile.Id, row);
            _links.Add(new(entry.Id, Relationships.InProfile, profile.Id, null, HopWeights.InProfile));
            foreach (var link in links.Bodies)
            {
                Index(link.Body.Id, row);
                _links.Add(new(entry.Id, Relationships.IssuedBy, link.Body.Id, link.Evidence, HopWeights.IssuedBy));
            }

            foreach (var involvement in links.Involvements)
            {
                Index(involvement.Country.Id, row);
                var evidence = string.Create(CultureInfo.InvariantCulture, $"{RoleName(involvement.Role)}: {involvement.Evidence}");
                _links.Add(new(entry.Id, Relationships.Involves, involvement.Country.Id, evidence, HopWeights.Of(involvement.Role)));
            }

            foreach (var link in links.Places)
            {
                Index(link.Place.Id, row);
                _links.Add(new(entry.Id, Relationships.HeldIn, link.Place.Id, link.Evidence, HopWeights.HeldIn));
                if (link.Place.Country is { } country)
                {
                    Index(country.Id, row);
                    _links.Add(new(link.Place.Id, Relationships.In, country.Id, null, HopWeights.In));
                }
            }

            foreach (var link in links.Themes)
            {
                Index(link.Theme.Id, row);
                _links.Add(new(entry.Id, Relationships.About, link.Theme.Id, ThemeEvidenceText(link), HopWeights.OfTheme(link.Confidence)));
            }

            foreach (var link in links.Organizations)
            {
                Index(link.Organization.Id, row);
                _links.Add(new(entry.Id, Relationships.Mentions, link.Organization.Id, link.Evidence, HopWeights.Mentions));
            }
        }

        /// <summary>A theme hop's evidence: its terms, and "weak" when they are all generic; as Neo4j's adapter words it.</summary>
        private static string ThemeEvidenceText(ThemeLink link) => PathEvidence.OfTheme(link.Terms, link.Weak);

        private static string RoleName(InvolvementRole role) => role switch
        {
            InvolvementRole.Partner => "PARTNER",
            InvolvementRole.Host => "HOST",
            InvolvementRole.Venue => "VENUE",
            _ => role.ToString().ToUpperInvariant(),
        };

        /// <summary>Rows arrive in rank order, so a row already indexed under a node is that node's last one.</summary>
        private void Index(string nodeId, EntryRow row)
        {
            if (!_entriesByNode.TryGetValue(nodeId, out var rows))
            {
                _entriesByNode.Add(nodeId, rows = []);
            }

            if (rows.Count == 0 || rows[^1] != row)
            {
                rows.Add(row);
            }
        }

        /// <summary>The links with every node replaced by the graph's node of that id, so links and node look-ups agree.</summary>
        private EntryLinks CanonicalLinks(EntryLinks links)
        {
            var changed = false;
            var bodies = Map(links.Bodies, l => Canonical(l.Body) is var n && Same(n, l.Body) ? l : l with { Body = n });
            var involvements = Map(links.Involvements, l => Canonical(l.Country) is var n && Same(n, l.Country) ? l : l with { Country = n });
            var places = Map(links.Places, l => Canonical(l.Place) is var n && Same(n, l.Place) ? l : l with { Place = n });
            var themes = Map(links.Themes, l => Canonical(l.Theme) is var n && Same(n, l.Theme) ? l : l with { Theme = n });
            var organizations = Map(links.Organizations, l => Canonical(l.Organization) is var n && Same(n, l.Organization) ? l : l with { Organization = n });
            return changed ? new EntryLinks(bodies, involvements, places, themes, organizations) : links;

            IReadOnlyList<TLink> Map<TLink>(IReadOnlyList<TLink> source, Func<TLink, TLink> canonical)
                where TLink : class
            {
                TLink[]? copy = null;
                for (var i = 0; i < source.Count; i++)
                {
                    var mapped = canonical(source[i]);
                    if (!ReferenceEquals(mapped, source[i]))
                    {
                        copy ??= [.. source];
                        copy[i] = mapped;
                    }
                }

                changed |= copy is not null;
                return copy ?? source;
            }
        }

        private static bool Same(INode canonical, INode node) => ReferenceEquals(canonical, node) || canonical.Equals(node);

        private Country Canonical(Country country) => Intern(country);

        private Place Canonical(Place place)
        {
            if (_nodes.ContainsKey(place.Id))
            {
                return Intern(place);
            }

            var country = place.Country is { } c ? Canonical(c) : null;
            return Intern(country is null || Same(country, place.Country!) ? place : place with { Country = country });
        }

        private Body Canonical(Body body) => Intern(body);

        private Theme Canonical(Theme theme) => Intern(theme);

        private Organization Canonical(Organization organization) => Intern(organization);

        private T Intern<T>(T node)
            where T : INode
        {
            if (!_nodes.TryGetValue(node.Id, out var existing))
            {
                _nodes.Add(node.Id, node);
                return node;
            }

            return existing is T same
                ? same
                : throw Invalid($"id {node.Id} names both a {existing.GetType().Name} and a {typeof(T).Name}");
        }
    }
}
