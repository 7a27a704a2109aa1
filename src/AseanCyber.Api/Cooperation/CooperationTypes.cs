using AseanCyber.Api.Entries;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace AseanCyber.Api.Cooperation;

/// <summary>A partner of the actor asked about, and the filter its entries were counted under (its <c>entries</c> keep to it).</summary>
public sealed record Partnership(CooperationLink Link, Filter? Where);

public sealed class CooperationType : ObjectGraphType<Partnership>
{
    public CooperationType()
    {
        Name = "Cooperation";
        Description = "A direct partner of an actor: the entries that tie both (each actor's own entries: a country's "
            + "involvements and places, a profile's entries, a body's issued entries, an organization's mentions), how many, "
            + "how strongly, in which roles and since when.";
        Field<NonNullGraphType<NodeInterface>>("partner")
            .Description("The other actor: a Country, Profile, Body or Organization.")
            .Resolve(c => NodeByIdDataLoader.Of(c).LoadAsync(c.Source.Link.ToId));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many entries (those 'where' admits) tie both.").Resolve(c => c.Source.Link.Count);
        Field<NonNullGraphType<FloatGraphType>>("strength")
            .Description("0 to 1: 1 - prod(1 - w/2) over the entries, w the weaker side's evidence weight there (README, \"Cooperation\").")
            .Resolve(c => c.Source.Link.Strength);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvolvementRoleType>>>>("roles")
            .Description("The roles the partner plays in these entries when it is a country, else those of the actor asked about when that is one.")
            .Resolve(c => c.Source.Link.Roles);
        Field<IntGraphType>("firstYear").Description("The earliest year among the entries; null when none is dated.").Resolve(c => c.Source.Link.FirstYear);
        Field<IntGraphType>("lastYear").Description("The latest year among the entries; null when none is dated.").Resolve(c => c.Source.Link.LastYear);
        Field<NonNullGraphType<EntriesConnectionType>>("entries")
            .Description("The entries that tie both, within the cooperation's own 'where' and this field's, paged like every entries connection (default order unless sorted).")
            .WithEntryQueryArguments()
            .Resolve(c =>
            {
                var query = EntryPaging.Parse(c);
                var where = CooperationQueries.Both(c.Source.Where, query.Where);
                return EntriesByScopeDataLoader.Of(c).LoadAsync(new EntriesKey(
                    EntryScopeKind.Shared, EntryScope.SharedKey(c.Source.Link.FromId, c.Source.Link.ToId), query with { Where = where }));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationEvidenceType>>>>("evidence")
            .Description("The strongest entries first, each with its weight and what ties each side to it.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 5)
            .Resolve(c => CooperationQueries.Take(c, c.Source.Link.Entries));
    }
}

public sealed class CooperationPathType : ObjectGraphType<CooperationPath>
{
    public CooperationPathType()
    {
        Name = "CooperationPath";
        Description = "A chain of cooperating actors; links[i] joins actors[i] and actors[i + 1]. Only actors (countries, "
            + "profiles, bodies, international organizations) are on it: never a theme, a place or an entry.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("actors")
            .Description("From the first actor to the last.")
            .Resolve(c => CooperationQueries.LoadNodes(c, c.Source.ActorIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationLinkType>>>>("links")
            .Description("The links between consecutive actors, each explained by its entries.")
            .Resolve(c => c.Source.Links);
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of links.").Resolve(c => c.Source.Links.Count);
        Field<NonNullGraphType<FloatGraphType>>("strength")
            .Description("The product of the links' strengths: shorter and stronger paths rank first.")
            .Resolve(c => c.Source.Strength);
    }
}

public sealed class CooperationLinkType : ObjectGraphType<CooperationLink>
{
    public CooperationLinkType()
    {
        Name = "CooperationLink";
        Description = "Two actors next to each other on a path and what ties them: shared entries, membership, or a state profile and its country.";
        Field<NonNullGraphType<NodeInterface>>("from").Description("The actor nearer the path's start.").Resolve(c => NodeByIdDataLoader.Of(c).LoadAsync(c.Source.FromId));
        Field<NonNullGraphType<NodeInterface>>("to").Description("The actor nearer the path's end.").Resolve(c => NodeByIdDataLoader.Of(c).LoadAsync(c.Source.ToId));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many entries tie both (0 for a link of membership or of a state and its profile only).").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<FloatGraphType>>("strength")
            .Description("0 to 1: the noisy-or of the entries' weights (each counting half) and the direct links' (membership 0.5, state and profile 1).")
            .Resolve(c => c.Source.Strength);
        Field<NonNullGraphType<CooperationLinkKindType>>("kind").Description("SHARED_ENTRIES when any entry ties both, else the direct link.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationLinkKindType>>>>("kinds")
            .Description("Every basis of the link: shared entries, membership, state and profile.")
            .Resolve(c => c.Source.Kinds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvolvementRoleType>>>>("roles")
            .Description("The roles 'to' plays in the entries when it is a country, else those of 'from' when that is one.")
            .Resolve(c => c.Source.Roles);
        Field<IntGraphType>("firstYear").Description("The earliest year among the entries; null when none is dated.").Resolve(c => c.Source.FirstYear);
        Field<IntGraphType>("lastYear").Description("The latest year among the entries; null when none is dated.").Resolve(c => c.Source.LastYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntryType>>>>("entries")
            .Description("The strongest entries behind the link first (empty for membership or a state and its profile).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 5)
            .Resolve(c => CooperationQueries.LoadEntries(c, c.Source.Entries));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationEvidenceType>>>>("evidence")
            .Description("The same entries with their weight and what ties each side to each.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 5)
            .Resolve(c => CooperationQueries.Take(c, c.Source.Entries));
    }
}

public sealed class CooperationEvidenceType : ObjectGraphType<WeightedEntry>
{
    public CooperationEvidenceType()
    {
        Name = "CooperationEvidence";
        Description = "One entry of a cooperation and why it counts: each side's evidence there, and the weaker side's weight.";
        Field<NonNullGraphType<EntryType>>("entry").Description("The entry that ties both.").Resolve(c => NodeByIdDataLoader.Of(c).LoadAsync(c.Source.EntryId).Then(n => n as Entry));
        Field<NonNullGraphType<FloatGraphType>>("weight")
            .Description("The weaker side's weight: PARTNER and ISSUER 1.0, HOST 0.9, OWNER 0.8, VENUE 0.6, MENTION 0.5 (each side's strongest).")
            .Resolve(c => c.Source.Weight);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceKindType>>>>("fromEvidence")
            .Description("What ties the first actor (the one asked about, or the link's 'from') to the entry.")
            .Resolve(c => EvidenceKindType.Split(c.Source.From));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceKindType>>>>("toEvidence")
            .Description("What ties the other actor (the partner, or the link's 'to') to the entry.")
            .Resolve(c => EvidenceKindType.Split(c.Source.To));
    }
}

public sealed class EvidenceKindType : EnumerationGraphType
{
    private static readonly Evidence[] Kinds = [Evidence.Partner, Evidence.Issuer, Evidence.Host, Evidence.Owner, Evidence.Venue, Evidence.Mention];

    public EvidenceKindType()
    {
        Name = "EvidenceKind";
        Description = "How an entry ties an actor to it, strongest first.";
        Add("PARTNER", Evidence.Partner, "Named as a partner (an involvement with role PARTNER): weight 1.0.");
        Add("ISSUER", Evidence.Issuer, "The body that issued or ran it: 1.0.");
        Add("HOST", Evidence.Host, "The host (role HOST): 0.9.");
        Add("OWNER", Evidence.Owner, "The profile it belongs to: 0.8.");
        Add("VENUE", Evidence.Venue, "The venue (role VENUE, or the country of a place it was held in): 0.6.");
        Add("MENTION", Evidence.Mention, "An international organization it names: 0.5.");
    }

    public static IEnumerable<Evidence> Split(Evidence evidence) => Kinds.Where(k => evidence.HasFlag(k));
}

public sealed class CooperationLinkKindType : EnumerationGraphType<CooperationLinkKind>
{
    public CooperationLinkKindType()
    {
        Name = "CooperationLinkKind";
        Description = "What ties two actors.";
        Values.FindByName("SHARED_ENTRIES")!.Description = "Entries that tie both (each actor's own entries).";
        Values.FindByName("MEMBERSHIP")!.Description = "A country listed as a member of an organization's profile: weight 0.5, no entries.";
        Values.FindByName("STATE_COUNTRY")!.Description = "A state profile and the country it is about: weight 1, no entries.";
    }
}

/// <summary>Many pending loads as one pending list: the loads join the current batch, nothing is awaited at resolve time.</summary>
internal sealed class LoadedList<T>(IReadOnlyList<IDataLoaderResult<T>> items) : IDataLoaderResult<IReadOnlyList<T>>
{
    public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var values = new List<T>(items.Count);
        foreach (var item in items)
        {
            values.Add(await item.GetResultAsync(cancellationToken).ConfigureAwait(false));
        }

        return values;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
