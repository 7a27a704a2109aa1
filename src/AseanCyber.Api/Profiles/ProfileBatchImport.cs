using AseanCyber.Api.GraphQL;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Api.Profiles;

/// <summary>One page given to an import: its text and the name source spans cite (null: "&lt;profile&gt;.txt").</summary>
public sealed record ProfilePage(string Text, string? Name);

/// <summary>Why a page was not kept: an error code of the catalog, a message, and the page's line when one is to blame.</summary>
public sealed record PageError(string Code, string Message, int? Line);

/// <summary>
/// One page of a batch: read into <see cref="Document"/> (null when the text is not a profile page), then kept whole or
/// not at all. <see cref="Error"/> is null for a page read and, after <see cref="ProfileBatchImport.ImportAsync"/>, kept.
/// </summary>
public sealed record PageImport(int Index, string? Name, ProfileDocument? Document, PageError? Error)
{
    public bool Kept => Error is null && Document is not null;

    public string? ProfileId => Document?.Profile.Id;

    public int EntryCount => Document?.Entries.Count ?? 0;

    public IReadOnlyList<ImportWarning> Warnings => Document?.Warnings ?? [];
}

/// <summary>
/// Imports several pages, each all or nothing, the same way for the <c>import</c> command and the <c>importProfiles</c>
/// mutation: every page is read on its own (a text that is not a profile page fails alone), then every page read goes to
/// the store in ONE <see cref="IGraphStore.ImportProfilesAsync"/> call, whose outcome per page says whether it was kept.
/// </summary>
public static class ProfileBatchImport
{
    /// <summary>
    /// Reads a page under <paramref name="name"/>; without one (or with a blank one, as a form's empty field sends), under
    /// "&lt;profile&gt;.txt", the file the embedded store keeps it in, so that source spans cite a name that survives a restart.
    /// </summary>
    public static ProfileDocument Read(ProfileImporter importer, string text, string? name)
    {
        name = NameOrNull(name);
        var document = importer.Import(text, name ?? "import.txt");
        return name is null ? document.WithDocumentName($"{NodeIds.ProfileKey(document.Profile.Id)}.txt") : document;
    }

    /// <summary>Reads one page; a text that is not a profile page gets <see cref="ApiErrors.ImportRejected"/> naming the line.</summary>
    public static PageImport Parse(ProfileImporter importer, int index, ProfilePage page)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(page);
        var name = NameOrNull(page.Name);
        try
        {
            var document = Read(importer, page.Text, name);
            return new PageImport(index, name ?? document.Profile.Document, document, null);
        }
        catch (ProfileFormatException e)
        {
            return new PageImport(index, name, null, new PageError(
                ApiErrors.ImportRejected, $"This text is not a Cyber Policy Portal profile page: {e.Message}", e.Line));
        }
    }

    /// <summary>
    /// Keeps every page read in one call to the store, in order, and answers every page in the order given. Pages of one
    /// batch that are the same profile are not imported (<see cref="ApiErrors.DuplicateProfile"/>): which one is meant is not
    /// certain, and each would replace the other.
    /// </summary>
    public static async Task<IReadOnlyList<PageImport>> ImportAsync(IGraphStore store, IReadOnlyList<PageImport> pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pages);
        var results = pages.ToArray();
        var duplicated = results
            .Where(p => p.Error is null && p.Document is not null)
            .GroupBy(p => p.ProfileId!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i] is { Error: null, ProfileId: { } id } page && duplicated.Contains(id))
            {
                results[i] = page with
                {
                    Error = new PageError(
                        ApiErrors.DuplicateProfile,
                        $"Another page of this batch is also {id}; none of them was imported, since each would replace the other. Import the one you mean.",
                        null),
                };
            }
        }

        var positions = Enumerable.Range(0, results.Length).Where(i => results[i].Error is null && results[i].Document is not null).ToArray();
        if (positions.Length == 0)
        {
            return results;
        }

        IReadOnlyList<ImportOutcome> outcomes;
        try
        {
            outcomes = await store.ImportProfilesAsync([.. positions.Select(i => results[i].Document!)], cancellationToken).ConfigureAwait(false);
        }
        catch (GraphStoreException e)
        {
            // The store refused the whole batch (unreachable, for example): no page of it was kept.
            outcomes = [.. positions.Select(i => new ImportOutcome(results[i].ProfileId!, results[i].EntryCount, e))];
        }

        if (outcomes.Count != positions.Length)
        {
            throw new InvalidOperationException($"The store answered {outcomes.Count} outcomes for {positions.Length} documents.");
        }

        for (var k = 0; k < positions.Length; k++)
        {
            if (outcomes[k].Error is { } error)
            {
                var page = results[positions[k]];
                results[positions[k]] = page with
                {
                    Error = new PageError(error.Code, $"The page was not imported; its profile is as it was. {error.Message}", null),
                };
            }
        }

        return results;
    }

    private static string? NameOrNull(string? name) => string.IsNullOrWhiteSpace(name) ? null : name;
}
