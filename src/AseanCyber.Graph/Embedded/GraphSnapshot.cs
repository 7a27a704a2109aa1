using System.Collections.Immutable;
using System.Globalization;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// One immutable state of the graph. The store swaps whole snapshots, so a reader holding one never sees a partial import.
/// A <see cref="Batch"/> derives the next snapshot from this one by replacing some profiles: its cost is in proportion to
/// those profiles and the nodes they touch, not to the graph, because every index is a persistent structure of which only
/// the touched parts are copied (entry lists are one chunk per profile, see <see cref="EntryList"/>).
/// Shared nodes are merged by id: the first document in profile-id order names them (so the graph depends on its documents
/// only, never on the order they came in), and they exist only while something links them.
/// </summary>
internal sealed class GraphSnapshot
{
    private static readonly ImmutableDictionary<string, INode> NoNodes = ImmutableDictionary.Create<string, INode>(StringComparer.Ordinal);

    private readonly ImmutableSortedDictionary<string, ProfileSlice> _slices;
    private readonly ImmutableDictionary<string, INode> _nodes;
    private readonly ImmutableDictionary<string, EntryRow> _entries;
    private readonly ImmutableDictionary<string, EntryList> _entriesByNode;
    private readonly ImmutableDictionary<string, Claim[]> _claims;
    private readonly ImmutableDictionary<string, int> _profileCountries;

    private GraphSnapshot(
        ImmutableSortedDictionary<string, ProfileSlice> slices,
        ImmutableDictionary<string, INode> nodes,
        ImmutableDictionary<string, EntryRow> entries,
        ImmutableDictionary<string, EntryList> entriesByNode,
        ImmutableDictionary<string, Claim[]> claims,
        ImmutableDictionary<string, int> profileCountries,
        NodeLists lists,
        PathGraph paths)
    {
        _slices = slices;
        _nodes = nodes;
        _entries = entries;
        _entriesByNode = entriesByNode;
        _claims = claims;
        _profileCountries = profileCountries;
        Lists = lists;
        Paths = paths;
        Entries = EntryList.Of(slices.Values.Select(s => s.Rows));
        _search = new Lazy<SearchIndex>(() => new SearchIndex(slices.Values.Select(s => s.Search)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<SearchIndex> _search;

    public static GraphSnapshot Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, ProfileSlice>(StringComparer.Ordinal),
        NoNodes,
        ImmutableDictionary.Create<string, EntryRow>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, EntryList>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, Claim[]>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, int>(StringComparer.Ordinal),
        NodeLists.Empty,
        PathGraph.Empty);

    /// <summary>Every entry in the default order: profile id, then first source line.</summary>
    public EntryList Entries { get; }

    /// <summary>By name, then id (as are the node lists below).</summary>
    public IReadOnlyList<Profile> Profiles => Lists.Profiles;

    public IReadOnlyList<Country> Countries => Lists.Countries;

    public IReadOnlyList<Body> Bodies => Lists.Bodies;

    public IReadOnlyList<Theme> Themes => Lists.Themes;

    public IReadOnlyList<Place> Places => Lists.Places;

    public IReadOnlyList<Organization> Organizations => Lists.Organizations;

    public PathGraph Paths { get; }

    /// <summary>The full-text index of exactly this snapshot's entries, made of its profiles' segments on first use.</summary>
    public SearchIndex Search => _search.Value;

    /// <summary>A profile's full-text segment (tests check that an import keeps the segments of the profiles it leaves alone).</summary>
    internal SearchSegment? SearchSegmentOf(string profileId) => _slices.TryGetValue(profileId, out var slice) ? slice.Search : null;

    private NodeLists Lists { get; }

    /// <summary>Any node by id: a profile, an entry or a shared node; null when the graph has none.</summary>
    public INode? Node(string id) =>
        _nodes.TryGetValue(id, out var node) ? node : _entries.TryGetValue(id, out var row) ? row.Entry : null;

    public EntryRow? Entry(string id) => _entries.TryGetValue(id, out var row) ? row : null;

    /// <summary>The entries of a profile, country, body, theme, place or organization, in the default order.</summary>
    public EntryList EntriesOf(string nodeId) => _entriesByNode.TryGetValue(nodeId, out var rows) ? rows : EntryList.Empty;

    /// <exception cref="GraphStoreException">NODE_NOT_FOUND when either end is not a node.</exception>
    public IReadOnlyList<GraphPath> FindPaths(PathQuery query, CancellationToken cancellationToken) =>
        Paths.FindPaths(query, Node, cancellationToken);

    public Batch Edit() => new(this);

    /// <summary>This snapshot with <paramref name="document"/> replacing the profile of the same id.</summary>
    /// <exception cref="GraphStoreException">INVALID_DOCUMENT when the document contradicts itself or the graph.</exception>
    public GraphSnapshot With(ProfileDocument document)
    {
        var batch = Edit();
        batch.Add(document);
        return batch.Commit();
    }

    /// <exception cref="GraphStoreException">INVALID_DOCUMENT when a document contradicts itself or another one.</exception>
    public static GraphSnapshot Build(IEnumerable<ProfileDocument> documents)
    {
        var batch = Empty.Edit();
        foreach (var document in documents)
        {
            batch.Add(document);
        }

        return batch.Commit();
    }

    private static GraphStoreException Invalid(string reason) => new(GraphErrorCodes.InvalidDocument, $"Invalid profile document: {reason}.");

    /// <summary>A profile's own spelling of a shared node (the first in its order), which names the node when the profile's id comes first.</summary>
    private readonly record struct Claim(string ProfileId, INode Local);

    /// <summary>One imported document: its entries in source order, the shared nodes it names, and its rows in the graph.</summary>
    private sealed class ProfileSlice(Page page, Profile profile, EntryRow[] rows)
    {
        public Page Page { get; } = page;

        public Profile Profile { get; } = profile;

        public EntryRow[] Rows { get; } = rows;

        /// <summary>The rows' full-text segment, built on the first search that needs it and kept while the slice is.</summary>
        public SearchSegment Search { get; } = new(rows);
    }

    /// <summary>A document checked against one state of a <see cref="Batch"/>: what applying it needs, computed once.</summary>
    public sealed class Page
    {
        internal Page(ProfileDocument document, ImportedEntry[] ordered, Dictionary<string, INode> local, int version)
        {
            Document = document;
            Ordered = ordered;
            Local = local;
            Version = version;
        }

        public ProfileDocument Document { get; }

        internal ImportedEntry[] Ordered { get; }

        /// <summary>Every shared node the document names (members, own country, link targets, the countries of its places), as it first spells it.</summary>
        internal Dictionary<string, INode> Local { get; }

        internal int Version { get; }
    }

    private sealed record NodeLists(
        ImmutableSortedSet<Profile> Profiles,
        ImmutableSortedSet<Country> Countries,
        ImmutableSortedSet<Body> Bodies,
        ImmutableSortedSet<Theme> Themes,
        ImmutableSortedSet<Place> Places,
        ImmutableSortedSet<Organization> Organizations)
    {
        public static readonly NodeLists Empty = new(
            ByName<Profile>(p => p.Name),
            ByName<Country>(c => c.Name),
            ByName<Body>(b => b.Name),
            ByName<Theme>(t => t.Name),
            ByName<Place>(p => p.Name),
            ByName<Organization>(o => o.Name));

        private static ImmutableSortedSet<T> ByName<T>(Func<T, string> name)
            where T : INode =>
            ImmutableSortedSet.Create<T>(Comparer<T>.Create((a, b) => Schemas.CompareNames(name(a), a.Id, name(b), b.Id)));
    }

    /// <summary>
    /// The next snapshot, built page by page: <see cref="Prepare"/> checks a document against the graph as it stands in
    /// the batch (changing nothing, so a caller can keep the page out), <see cref="Apply"/> takes it in, <see cref="Commit"/>
    /// derives the snapshot once for all pages. The snapshot the batch started from never changes.
    /// </summary>
    public sealed class Batch
    {
        private readonly GraphSnapshot _base;
        private readonly Dictionary<string, Page> _staged = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _owners = new(StringComparer.Ordinal);
        private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
        private readonly ImmutableDictionary<string, Claim[]>.Builder _claims;
        private int _version;

        internal Batch(GraphSnapshot snapshot)
        {
            _base = snapshot;
            _claims = snapshot._claims.ToBuilder();
        }

        /// <summary>How many pages were applied (a profile imported twice counts twice).</summary>
        public int Count { get; private set; }

        /// <exception cref="GraphStoreException">INVALID_DOCUMENT: the document contradicts itself or the graph; nothing changed.</exception>
        public void Add(ProfileDocument document) => Apply(Prepare(document));

        /// <summary>Checks <paramref name="document"/> against the batch as it stands; apply the page before preparing another.</summary>
        /// <exception cref="GraphStoreException">INVALID_DOCUMENT: the document contradicts itself or the graph.</exception>
        public Page Prepare(ProfileDocument document)
        {
            ArgumentNullException.ThrowIfNull(document);
            document.Validate();
            var profileId = document.Profile.Id;
            var ordered = document.Entries.OrderBy(e => e.Entry.Source.FirstLine).ToArray();
            var local = new Dictionary<string, INode>(StringComparer.Ordinal);
            foreach (var member in document.Profile.Members)
            {
                Name(local, member);
            }

            if (document.Profile.Country is { } own)
            {
                Name(local, own);
            }

            foreach (var imported in ordered)
            {
                var links = imported.Links;
                foreach (var link in links.Bodies)
                {
                    Name(local, link.Body);
                }

                foreach (var link in links.Involvements)
                {
                    Name(local, link.Country);
                }

                foreach (var link in links.Places)
                {
                    Name(local, link.Place);
                }

                foreach (var link in links.Themes)
                {
                    Name(local, link.Theme);
                }

                foreach (var link in links.Organizations)
                {
                    Name(local, link.Organization);
                }
            }

            CheckAgainstGraph(profileId, ordered, local);
            return new Page(document, ordered, local, _version);
        }

        /// <summary>Takes in a page <see cref="Prepare"/> just checked; nothing can fail here.</summary>
        public void Apply(Page page)
        {
            ArgumentNullException.ThrowIfNull(page);
            if (page.Version != _version)
            {
                throw new InvalidOperationException("The page was prepared against an earlier state of the batch; prepare it again.");
            }

            var profileId = page.Document.Profile.Id;
            var previous = Current(profileId);
            if (previous is not null)
            {
                foreach (var id in previous.Local.Keys)
                {
                    _touched.Add(id);
                    Unclaim(id, profileId);
                }

                foreach (var imported in previous.Ordered)
                {
                    _owners[imported.Entry.Id] = null;
                }
            }

            foreach (var (id, node) in page.Local)
            {
                _touched.Add(id);
                ClaimFor(id, new Claim(profileId, node));
            }

            foreach (var imported in page.Ordered)
            {
                _owners[imported.Entry.Id] = profileId;
            }

            _staged[profileId] = page;
            _version++;
            Count++;
        }

        /// <summary>The snapshot with every applied page; the one the batch started from when there is none.</summary>
        public GraphSnapshot Commit() => _staged.Count == 0 ? _base : new Successor(_base, _staged, _claims.ToImmutable(), new HashSet<string>(_touched, StringComparer.Ordinal)).Build();

        private Page? Current(string profileId) =>
            _staged.TryGetValue(profileId, out var staged) ? staged : _base._slices.TryGetValue(profileId, out var slice) ? slice.Page : null;

        private string? OwnerOf(string entryId) =>
            _owners.TryGetValue(entryId, out var owner) ? owner : _base._entries.TryGetValue(entryId, out var row) ? row.Profile.Id : null;

        private bool IsProfile(string id) => Current(id) is not null;

        /// <summary>The type of shared node <paramref name="id"/> names in another profile than <paramref name="profileId"/>.</summary>
        private Type? SharedType(string id, string profileId) =>
            _claims.TryGetValue(id, out var claims) ? claims.FirstOrDefault(c => c.ProfileId != profileId).Local?.GetType() : null;

        private void CheckAgainstGraph(string profileId, ImportedEntry[] ordered, Dictionary<string, INode> local)
        {
            if (OwnerOf(profileId) is not null || local.ContainsKey(profileId) || SharedType(profileId, profileId) is not null)
            {
                throw Invalid($"id {profileId} names both a profile and another node");
            }

            foreach (var imported in ordered)
            {
                var id = imported.Entry.Id;
                if (OwnerOf(id) is { } owner && owner != profileId)
                {
                    throw Invalid($"entry id {id} is used by two profiles");
                }

                if (IsProfile(id) || local.ContainsKey(id) || SharedType(id, profileId) is not null)
                {
                    throw Invalid($"id {id} names both an entry and another node");
                }
            }

            foreach (var (id, node) in local)
            {
                if (IsProfile(id) || OwnerOf(id) is { } owner && owner != profileId)
                {
                    throw Invalid($"id {id} names both a {node.GetType().Name} and a profile or entry");
                }

                if (SharedType(id, profileId) is { } type && type != node.GetType())
                {
                    throw Invalid($"id {id} names both a {type.Name} and a {node.GetType().Name}");
                }
            }
        }

        private static void Name(Dictionary<string, INode> local, INode node)
        {
            if (local.TryGetValue(node.Id, out var existing))
            {
                if (existing.GetType() != node.GetType())
                {
                    throw Invalid($"id {node.Id} names both a {existing.GetType().Name} and a {node.GetType().Name}");
                }

                return;
            }

            local.Add(node.Id, node);
            if (node is Place { Country: { } country })
            {
                Name(local, country);
            }
        }

        private void Unclaim(string id, string profileId)
        {
            if (!_claims.TryGetValue(id, out var claims))
            {
                return;
            }

            var kept = Array.FindAll(claims, c => c.ProfileId != profileId);
            if (kept.Length == 0)
            {
                _claims.Remove(id);
            }
            else
            {
                _claims[id] = kept;
            }
        }

        private void ClaimFor(string id, Claim claim)
        {
            var claims = _claims.TryGetValue(id, out var existing) ? existing : [];
            var at = 0;
            while (at < claims.Length && string.CompareOrdinal(claims[at].ProfileId, claim.ProfileId) < 0)
            {
                at++;
            }

            _claims[id] = [.. claims.AsSpan(0, at), claim, .. claims.AsSpan(at)];
        }
    }

    /// <summary>
    /// Derives the next snapshot from the base and the staged pages: names the touched nodes, rebuilds the rows of the
    /// staged profiles (and of any profile whose shared nodes were renamed), and patches each index where they differ.
    /// </summary>
    private sealed class Successor(
        GraphSnapshot @base,
        Dictionary<string, Page> staged,
        ImmutableDictionary<string, Claim[]> claims,
        HashSet<string> touched)
    {
        private readonly Dictionary<string, INode?> _canonical = new(StringComparer.Ordinal);

        public GraphSnapshot Build()
        {
            var affected = AffectedProfiles();
            var slices = @base._slices.ToBuilder();
            var entries = @base._entries.ToBuilder();
            var profileCountries = @base._profileCountries.ToBuilder();
            var paths = @base.Paths.Edit();
            var chunks = new Dictionary<string, Dictionary<string, List<EntryRow>>>(StringComparer.Ordinal);
            var candidates = new HashSet<string>(touched, StringComparer.Ordinal);
            var countries = new HashSet<string>(StringComparer.Ordinal);
            var profiles = new List<(Profile? Old, Profile New)>();

            // Out with the old rows of every affected profile first, so an entry id moving between profiles is kept.
            foreach (var profileId in affected)
            {
                if (!@base._slices.TryGetValue(profileId, out var old))
                {
                    continue;
                }

                foreach (var row in old.Rows)
                {
                    entries.Remove(row.Entry.Id);
                    foreach (var nodeId in IndexTargets(row))
                    {
                        ChunkOf(chunks, nodeId, profileId);
                    }

                    foreach (var link in LinksOf(row))
                    {
                        paths.Clear(link.From, profileId);
                        paths.Clear(link.To, profileId);
                    }
                }

                paths.Clear(profileId, profileId);
                foreach (var country in CountryIds(old.Profile))
                {
                    profileCountries[country] = profileCountries.GetValueOrDefault(country) - 1;
                    countries.Add(country);
                    paths.Clear(country, profileId);
                }

                ChunkOf(chunks, profileId, profileId);
            }

            foreach (var profileId in affected)
            {
                var page = staged.TryGetValue(profileId, out var p) ? p : @base._slices[profileId].Page;
                var profile = CanonicalProfile(page.Document.Profile);
                var rows = new EntryRow[page.Ordered.Length];
                for (var i = 0; i < rows.Length; i++)
                {
                    var imported = page.Ordered[i];
                    var row = rows[i] = new EntryRow(i, imported.Entry, profile, CanonicalLinks(imported.Links));
                    entries[row.Entry.Id] = row;
                    foreach (var nodeId in IndexTargets(row))
                    {
                        var chunk = ChunkOf(chunks, nodeId, profileId);
                        if (chunk.Count == 0 || chunk[^1] != row)
                        {
                            chunk.Add(row);
                        }
                    }

                    foreach (var link in LinksOf(row))
                    {
                        paths.Add(profileId, link);
                    }
                }

                foreach (var country in CountryIds(profile))
                {
                    profileCountries[country] = profileCountries.GetValueOrDefault(country) + 1;
                    countries.Add(country);
                }

                foreach (var member in profile.Members)
                {
                    paths.Add(profileId, new PathGraph.Link(member.Id, Relationships.MemberOf, profileId, null, HopWeights.MemberOf));
                }

                // After the members, as Neo4j orders this link (no ordinal) after theirs when a state lists itself as one.
                if (profile.Country is { } own)
                {
                    paths.Add(profileId, new PathGraph.Link(profileId, Relationships.OfCountry, own.Id, null, HopWeights.OfCountry));
                }

                ChunkOf(chunks, profileId, profileId);
                slices[profileId] = new ProfileSlice(page, profile, rows);
                profiles.Add((@base._nodes.TryGetValue(profileId, out var former) ? (Profile)former : null, profile));
            }

            var entriesByNode = @base._entriesByNode.ToBuilder();
            foreach (var (nodeId, byProfile) in chunks)
            {
                var list = entriesByNode.TryGetValue(nodeId, out var existing) ? existing : EntryList.Empty;
                foreach (var (profileId, rows) in byProfile)
                {
                    list = list.With(profileId, [.. rows]);
                }

                if (list.Count == 0)
                {
                    entriesByNode.Remove(nodeId);
                }
                else
                {
                    entriesByNode[nodeId] = list;
                }

                candidates.Add(nodeId);
            }

            foreach (var country in countries)
            {
                candidates.Add(country);
                if (profileCountries.GetValueOrDefault(country) <= 0)
                {
                    profileCountries.Remove(country);
                }
            }

            var nodes = @base._nodes.ToBuilder();
            var lists = new ListsEditor(@base.Lists);
            foreach (var (old, profile) in profiles)
            {
                nodes[profile.Id] = profile;
                lists.Replace(old, profile);
            }

            foreach (var id in candidates)
            {
                if (affected.Contains(id))
                {
                    continue;
                }

                var linked = (entriesByNode.TryGetValue(id, out var rows) && rows.Count > 0) || profileCountries.ContainsKey(id);
                var now = linked ? Canonical(id) ?? throw new InvalidOperationException($"Node {id} is linked but named by no profile.") : null;
                var before = @base._nodes.GetValueOrDefault(id);
                if (ReferenceEquals(before, now))
                {
                    continue;
                }

                if (now is null)
                {
                    nodes.Remove(id);
                }
                else
                {
                    nodes[id] = now;
                }

                lists.Replace(before, now);
                if ((before as Place)?.Country?.Id != (now as Place)?.Country?.Id)
                {
                    ReplacePlaceCountry(paths, before as Place, now as Place);
                }
            }

            return new GraphSnapshot(
                slices.ToImmutable(),
                nodes.ToImmutable(),
                entries.ToImmutable(),
                entriesByNode.ToImmutable(),
                claims,
                profileCountries.ToImmutable(),
                lists.ToLists(),
                paths.Commit());
        }

        /// <summary>The staged profiles, and every profile that links a node whose name or country changes with them.</summary>
        private HashSet<string> AffectedProfiles()
        {
            var affected = new HashSet<string>(staged.Keys, StringComparer.Ordinal);
            var renamed = new List<string>();
            foreach (var id in touched)
            {
                if (@base._nodes.TryGetValue(id, out var before) && Canonical(id) is { } now && !ReferenceEquals(before, now))
                {
                    renamed.Add(id);
                }
            }

            // A place keeps the country it was first imported with: a renamed country renames its places.
            foreach (var id in renamed.ToList())
            {
                if (NodeIds.PrefixOf(id) != NodeIds.CountryPrefix)
                {
                    continue;
                }

                foreach (var claim in claims[id])
                {
                    foreach (var node in PageOf(claim.ProfileId).Local.Values)
                    {
                        if (node is Place { Country: { } country } place && country.Id == id
                            && @base._nodes.TryGetValue(place.Id, out var before) && !ReferenceEquals(before, Canonical(place.Id)))
                        {
                            renamed.Add(place.Id);
                        }
                    }
                }
            }

            foreach (var id in renamed)
            {
                touched.Add(id);
                foreach (var claim in claims[id])
                {
                    affected.Add(claim.ProfileId);
                }
            }

            return affected;
        }

        private Page PageOf(string profileId) => staged.TryGetValue(profileId, out var page) ? page : @base._slices[profileId].Page;

        /// <summary>The node an id stands for after the batch: the spelling of the first claiming profile (the base's instance when equal).</summary>
        private INode? Canonical(string id)
        {
            if (_canonical.TryGetValue(id, out var known))
            {
                return known;
            }

            INode? result = null;
            if (claims.TryGetValue(id, out var claimed) && claimed.Length > 0)
            {
                var candidate = claimed[0].Local;
                if (candidate is Place { Country: { } country } place && Canonical(country.Id) is Country named && !ReferenceEquals(named, country))
                {
                    candidate = place with { Country = named };
                }

                result = @base._nodes.TryGetValue(id, out var before) && before.Equals(candidate) ? before : candidate;
            }

            _canonical[id] = result;
            return result;
        }

        private T Canonical<T>(T node)
            where T : INode =>
            Canonical(node.Id) is T named ? named : throw new InvalidOperationException($"Node {node.Id} has no canonical {typeof(T).Name}.");

        private Profile CanonicalProfile(Profile profile)
        {
            var members = profile.Members.Select(m => Canonical(m)).ToArray();
            var country = profile.Country is { } own ? Canonical(own) : null;
            var canonical = members.SequenceEqual(profile.Members, ReferenceEqualityComparer.Instance) ? profile : profile with { Members = members };
            return ReferenceEquals(country, profile.Country) ? canonical : canonical with { Country = country };
        }

        /// <summary>The links with every node replaced by the graph's node of that id, so links and node look-ups agree.</summary>
        private EntryLinks CanonicalLinks(EntryLinks links)
        {
            var changed = false;
            var bodies = Map(links.Bodies, l => Canonical(l.Body) is var n && ReferenceEquals(n, l.Body) ? l : l with { Body = n });
            var involvements = Map(links.Involvements, l => Canonical(l.Country) is var n && ReferenceEquals(n, l.Country) ? l : l with { Country = n });
            var places = Map(links.Places, l => Canonical(l.Place) is var n && ReferenceEquals(n, l.Place) ? l : l with { Place = n });
            var themes = Map(links.Themes, l => Canonical(l.Theme) is var n && ReferenceEquals(n, l.Theme) ? l : l with { Theme = n });
            var organizations = Map(links.Organizations, l => Canonical(l.Organization) is var n && ReferenceEquals(n, l.Organization) ? l : l with { Organization = n });
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

        private static List<EntryRow> ChunkOf(Dictionary<string, Dictionary<string, List<EntryRow>>> chunks, string nodeId, string profileId)
        {
            if (!chunks.TryGetValue(nodeId, out var byProfile))
            {
                chunks.Add(nodeId, byProfile = new Dictionary<string, List<EntryRow>>(StringComparer.Ordinal));
            }

            if (!byProfile.TryGetValue(profileId, out var rows))
            {
                byProfile.Add(profileId, rows = []);
            }

            return rows;
        }

        /// <summary>The countries a profile keeps alive by itself: its members and (a state's) own country.</summary>
        private static IEnumerable<string> CountryIds(Profile profile) =>
            profile.Members.Select(m => m.Id).Append(profile.Country?.Id).OfType<string>().Distinct(StringComparer.Ordinal);

        /// <summary>The nodes whose entry lists a row is in: its profile, and every country, body, theme, place and organization it reaches.</summary>
        private static IEnumerable<string> IndexTargets(EntryRow row)
        {
            var links = row.Links;
            yield return row.Profile.Id;
            foreach (var link in links.Bodies)
            {
                yield return link.Body.Id;
            }

            foreach (var involvement in links.Involvements)
            {
                yield return involvement.Country.Id;
            }

            foreach (var link in links.Places)
            {
                yield return link.Place.Id;
                if (link.Place.Country is { } country)
                {
                    yield return country.Id;
                }
            }

            foreach (var link in links.Themes)
            {
                yield return link.Theme.Id;
            }

            foreach (var link in links.Organizations)
            {
                yield return link.Organization.Id;
            }
        }

        /// <summary>The relationships a row stores, in import order (a place's country is the place's, see <see cref="ReplacePlaceCountry"/>).</summary>
        private static IEnumerable<PathGraph.Link> LinksOf(EntryRow row)
        {
            var id = row.Entry.Id;
            var links = row.Links;
            yield return new(id, Relationships.InProfile, row.Profile.Id, null, HopWeights.InProfile);
            foreach (var link in links.Bodies)
            {
                yield return new(id, Relationships.IssuedBy, link.Body.Id, link.Evidence, HopWeights.IssuedBy);
            }

            foreach (var involvement in links.Involvements)
            {
                var evidence = string.Create(CultureInfo.InvariantCulture, $"{RoleName(involvement.Role)}: {involvement.Evidence}");
                yield return new(id, Relationships.Involves, involvement.Country.Id, evidence, HopWeights.Of(involvement.Role));
            }

            foreach (var link in links.Places)
            {
                yield return new(id, Relationships.HeldIn, link.Place.Id, link.Evidence, HopWeights.HeldIn);
            }

            foreach (var link in links.Themes)
            {
                // A theme hop's evidence: its terms, and "weak" when they are all generic; as Neo4j's adapter words it.
                yield return new(id, Relationships.About, link.Theme.Id, PathEvidence.OfTheme(link.Terms, link.Weak), HopWeights.OfTheme(link.Confidence));
            }

            foreach (var link in links.Organizations)
            {
                yield return new(id, Relationships.Mentions, link.Organization.Id, link.Evidence, HopWeights.Mentions);
            }
        }

        /// <summary>A place lies in the country of its graph node, one IN relationship (the place's own chunk) whichever entries link it.</summary>
        private static void ReplacePlaceCountry(PathGraph.Editor paths, Place? before, Place? now)
        {
            if (before is { Country: { } old })
            {
                paths.Clear(before.Id, before.Id);
                paths.Clear(old.Id, before.Id);
            }

            if (now is { Country: { } country })
            {
                paths.Add(now.Id, new PathGraph.Link(now.Id, Relationships.In, country.Id, null, HopWeights.In));
            }
        }

        private static string RoleName(InvolvementRole role) => role switch
        {
            InvolvementRole.Partner => "PARTNER",
            InvolvementRole.Host => "HOST",
            InvolvementRole.Venue => "VENUE",
            _ => role.ToString().ToUpperInvariant(),
        };
    }

    /// <summary>The sorted node lists, patched node by node (a renamed node moves to its new place).</summary>
    private sealed class ListsEditor(NodeLists lists)
    {
        private readonly ImmutableSortedSet<Profile>.Builder _profiles = lists.Profiles.ToBuilder();
        private readonly ImmutableSortedSet<Country>.Builder _countries = lists.Countries.ToBuilder();
        private readonly ImmutableSortedSet<Body>.Builder _bodies = lists.Bodies.ToBuilder();
        private readonly ImmutableSortedSet<Theme>.Builder _themes = lists.Themes.ToBuilder();
        private readonly ImmutableSortedSet<Place>.Builder _places = lists.Places.ToBuilder();
        private readonly ImmutableSortedSet<Organization>.Builder _organizations = lists.Organizations.ToBuilder();

        public void Replace(INode? before, INode? now)
        {
            if (before is not null)
            {
                Edit(before, remove: true);
            }

            if (now is not null)
            {
                Edit(now, remove: false);
            }
        }

        public NodeLists ToLists() => new(
            _profiles.ToImmutable(),
            _countries.ToImmutable(),
            _bodies.ToImmutable(),
            _themes.ToImmutable(),
            _places.ToImmutable(),
            _organizations.ToImmutable());

        private void Edit(INode node, bool remove)
        {
            _ = node switch
            {
                Profile p => remove ? _profiles.Remove(p) : _profiles.Add(p),
                Country c => remove ? _countries.Remove(c) : _countries.Add(c),
                Body b => remove ? _bodies.Remove(b) : _bodies.Add(b),
                Theme t => remove ? _themes.Remove(t) : _themes.Add(t),
                Place p => remove ? _places.Remove(p) : _places.Add(p),
                Organization o => remove ? _organizations.Remove(o) : _organizations.Add(o),
                _ => throw new InvalidOperationException($"No list holds {node.GetType().Name} nodes."),
            };
        }
    }
}
