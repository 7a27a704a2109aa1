using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Search;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>Full-text search on the seed: the same hits, in the same order, with the same scores and highlights on every adapter.</summary>
public abstract partial class GraphStoreContract
{
    private const string DeclarationTitle = "ASEAN Declaration to Prevent and Combat Cybercrime";
    private const string JapanDialogueTitle = "ASEAN-Japan 2nd Cybercrime Dialogue";

    protected static SearchRequest Search(string query, Filter? where = null, Window? window = null) =>
        new(SearchQuery.Parse(query), where, window ?? new Window(0, 20));

    [SkippableFact]
    public async Task Search_cybercrime_has_the_declaration_in_its_top_three()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.SearchEntriesAsync(Search("cybercrime"), Ct);

        Assert.Contains(DeclarationTitle, page.Hits.Take(3).Select(h => h.Entry.Title));
        Assert.True(page.TotalCount >= 4, $"only {page.TotalCount} hits");
        Assert.All(page.Hits, h => Assert.True(h.Score > 0));
        Assert.Equal(page.Hits.OrderByDescending(h => h.Score).Select(h => h.Entry.Id), page.Hits.Select(h => h.Entry.Id));
        var declaration = page.Hits.Single(h => h.Entry.Title == DeclarationTitle);
        Assert.Equal("ASEAN Declaration to Prevent and Combat <em>Cybercrime</em>", declaration.Highlights[0]);
    }

    [SkippableFact]
    public async Task Search_Japan_cybercrime_puts_the_Japan_dialogue_first_with_highlights()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.SearchEntriesAsync(Search("Japan cybercrime"), Ct);

        var first = page.Hits[0];
        Assert.Equal(JapanDialogueTitle, first.Entry.Title);
        Assert.Equal("ASEAN-<em>Japan</em> 2nd <em>Cybercrime</em> Dialogue", first.Highlights[0]);
        Assert.Contains(first.Highlights.Skip(1), h => h.Contains("<em>Japan</em> cooperation on <em>cybercrime</em>", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Search_stems_words()
    {
        var store = await CreateSeededStoreAsync();

        // "cybercrimes" and "dialogues" stem as "cybercrime" and "dialogue" do.
        var stemmed = await store.SearchEntriesAsync(Search("cybercrimes dialogues"), Ct);
        var plain = await store.SearchEntriesAsync(Search("cybercrime dialogue"), Ct);

        Assert.Equal(JapanDialogueTitle, stemmed.Hits[0].Entry.Title);
        Assert.Equal(plain.Hits.Select(h => (h.Entry.Id, h.Score)), stemmed.Hits.Select(h => (h.Entry.Id, h.Score)));
        Assert.Contains("<em>Cybercrime</em> <em>Dialogue</em>", stemmed.Hits[0].Highlights[0], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Search_phrase_matches_the_words_in_order_only()
    {
        var store = await CreateSeededStoreAsync();

        var phrase = await store.SearchEntriesAsync(Search("\"cybercrime dialogue\""), Ct);
        var words = await store.SearchEntriesAsync(Search("cybercrime dialogue"), Ct);

        var hit = Assert.Single(phrase.Hits);
        Assert.Equal(JapanDialogueTitle, hit.Entry.Title);
        Assert.Equal(1, phrase.TotalCount);
        Assert.True(words.TotalCount > 1, "the words alone match more entries than the phrase");
        Assert.Equal("ASEAN-Japan 2nd <em>Cybercrime</em> <em>Dialogue</em>", hit.Highlights[0]);
    }

    [SkippableFact]
    public async Task Search_excluded_word_leaves_entries_out()
    {
        var store = await CreateSeededStoreAsync();

        var all = await store.SearchEntriesAsync(Search("cybercrime"), Ct);
        var withoutJapan = await store.SearchEntriesAsync(Search("cybercrime -japan"), Ct);

        Assert.DoesNotContain(JapanDialogueTitle, withoutJapan.Hits.Select(h => h.Entry.Title));
        Assert.Equal(all.TotalCount - 1, withoutJapan.TotalCount);
    }

    [SkippableFact]
    public async Task Search_finds_entries_by_the_names_they_link()
    {
        var store = await CreateSeededStoreAsync();

        // INTERPOL is in the operation's title; the ASEAN Regional Forum is a body's name, in no entry's title alone.
        var page = await store.SearchEntriesAsync(Search("\"regional forum\""), Ct);

        Assert.True(page.TotalCount >= 4, $"only {page.TotalCount} hits");
        var body = await store.GetBodiesAsync(ListQuery.All, Ct);
        Assert.Contains(body, b => b.Name.Contains("Regional Forum", StringComparison.Ordinal));
        Assert.All(page.Hits, h => Assert.Contains(h.Highlights, p => p.Contains("<em>Regional</em> <em>Forum</em>", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Search_where_restricts_and_counts_after_the_filter()
    {
        var store = await CreateSeededStoreAsync();

        var all = await store.SearchEntriesAsync(Search("cybercrime"), Ct);
        var meetings = await store.SearchEntriesAsync(Search("cybercrime", new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting)), Ct);

        Assert.NotEmpty(meetings.Hits);
        Assert.All(meetings.Hits, h => Assert.Equal(EntryKind.Meeting, h.Entry.Kind));
        Assert.Equal(all.Hits.Where(h => h.Entry.Kind == EntryKind.Meeting).Select(h => (h.Entry.Id, h.Score)), meetings.Hits.Select(h => (h.Entry.Id, h.Score)));
        Assert.True(meetings.TotalCount < all.TotalCount);
    }

    [SkippableFact]
    public async Task Search_pages_through_the_same_order()
    {
        var store = await CreateSeededStoreAsync();

        var all = await store.SearchEntriesAsync(Search("cyber security"), Ct);
        var first = await store.SearchEntriesAsync(Search("cyber security", window: new Window(0, 3)), Ct);
        var second = await store.SearchEntriesAsync(Search("cyber security", window: new Window(3, 3)), Ct);
        var past = await store.SearchEntriesAsync(Search("cyber security", window: new Window(1000, 3)), Ct);

        Assert.True(all.TotalCount > 6, $"only {all.TotalCount} hits");
        Assert.Equal(all.Hits.Take(6).Select(h => h.Entry.Id), first.Hits.Concat(second.Hits).Select(h => h.Entry.Id));
        Assert.Equal((0, all.TotalCount, true, false), (first.Offset, first.TotalCount, first.HasNextPage, first.HasPreviousPage));
        Assert.Equal((3, true), (second.Offset, second.HasPreviousPage));
        Assert.Empty(past.Hits);
        Assert.Equal(all.TotalCount, past.TotalCount);
    }

    [SkippableFact]
    public async Task Search_with_no_match_is_empty()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.SearchEntriesAsync(Search("zanzibar"), Ct);

        Assert.Equal(SearchPage.Empty, page);
    }

    [SkippableFact]
    public async Task Search_treats_query_syntax_as_text()
    {
        var store = await CreateSeededStoreAsync();

        // Lucene syntax from a client is only text: no wildcard, field, fuzzy or boolean operator reaches the index.
        var page = await store.SearchEntriesAsync(Search("title:cyber* OR (INTERPOL~2) AND *crime^4 [a TO z]"), Ct);

        Assert.Contains("INTERPOL-led cybercrime operation across ASEAN", page.Hits.Select(h => h.Entry.Title));
        Assert.DoesNotContain(page.Hits, h => h.Entry.Title == DeclarationTitle && h.Score <= 0);
    }

    [SkippableFact]
    public async Task Search_follows_imports()
    {
        var store = await StoreWithAsync(Fixtures.Alpha);

        var alpha = await store.SearchEntriesAsync(Search("norms"), Ct);
        await store.ImportProfileAsync(Fixtures.Beta, Ct);
        var both = await store.SearchEntriesAsync(Search("norms"), Ct);
        await store.ImportProfileAsync(Fixtures.AlphaReduced, Ct);
        var reduced = await store.SearchEntriesAsync(Search("norms"), Ct);

        Assert.Equal([Fixtures.A.NormsWorkshop], alpha.Hits.Select(h => h.Entry.Id));
        Assert.Equal([Fixtures.A.NormsWorkshop, Fixtures.B.Statement], both.Hits.Select(h => h.Entry.Id).Order(StringComparer.Ordinal));
        Assert.Equal([Fixtures.B.Statement], reduced.Hits.Select(h => h.Entry.Id));
    }

    [SkippableFact]
    public async Task Search_reads_linked_names_across_profiles()
    {
        var store = await StoreWithAsync(Fixtures.Alpha, Fixtures.Beta);

        // The Beta Expert Group says nothing of INTERPOL itself: it names the organization, whose name and acronym are indexed.
        var page = await store.SearchEntriesAsync(Search("interpol"), Ct);

        Assert.Equal([Fixtures.A.InterpolOperation, Fixtures.B.ExpertGroup], page.Hits.Select(h => h.Entry.Id).Order(StringComparer.Ordinal));
        var group = page.Hits.Single(h => h.Entry.Id == Fixtures.B.ExpertGroup);
        Assert.Equal(["International Criminal Police Organization (<em>INTERPOL</em>)"], group.Highlights);
    }
}
