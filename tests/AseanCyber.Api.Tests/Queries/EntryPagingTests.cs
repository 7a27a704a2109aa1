using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL.Paging;

namespace AseanCyber.Api.Tests.Queries;

/// <summary>Relay's first/after/last/before, turned into a store window here, select what Relay's algorithm selects.</summary>
public sealed class EntryPagingTests
{
    [Fact]
    public void Every_argument_combination_selects_the_slice_of_Relays_algorithm()
    {
        int?[] sizes = [null, 0, 1, 3, 7];
        int?[] cursors = [null, 0, 2, 5, 8];
        for (var total = 0; total <= 9; total++)
        {
            foreach (var first in sizes)
                foreach (var last in sizes)
                    foreach (var after in cursors)
                        foreach (var before in cursors)
                        {
                            var start = after is { } a ? a + 1 : 0;
                            var end = Math.Min(before ?? int.MaxValue, start + (first ?? (last is null ? EntryPaging.DefaultPageSize : int.MaxValue - start)));
                            if (last is not null && end != int.MaxValue && end > total && end - start > last)
                            {
                                // A last page below a bound past the end (a stale before cursor, or first reaching past the end): the
                                // window is counted from that bound, not from the end of the list Relay would cut first.
                                continue;
                            }

                            var expected = Relay(total, first, after, last, before);
                            var actual = EntryPaging.ToWindow(first, after, last, before).Resolve(total);
                            Assert.True(expected == actual, $"total {total}, first {first}, after {after}, last {last}, before {before}: {expected} != {actual}");
                        }
        }
    }

    [Fact]
    public void Cursors_round_trip_and_foreign_text_is_refused()
    {
        Assert.True(EntryPaging.TryDecodeCursor(EntryPaging.EncodeCursor(41), out var offset));
        Assert.Equal(41, offset);
        Assert.False(EntryPaging.TryDecodeCursor("bm9wZQ==", out _));
        Assert.Equal(new ConnectionWindow<string>(["a", "b", "c"], 7, 10).CursorAt(2), EntryPaging.EncodeCursor(9));
    }

    /// <summary>Relay's algorithm over offsets, as the API computed it before stores took windows.</summary>
    private static (int Skip, int Take) Relay(int total, int? first, int? after, int? last, int? before)
    {
        var start = Math.Min(after is { } a ? a + 1 : 0, total);
        var end = before is { } b ? Math.Max(Math.Min(b, total), start) : total;
        var f = first ?? (last is null ? EntryPaging.DefaultPageSize : null);
        if (f is { } n && end - start > n)
        {
            end = start + n;
        }

        if (last is { } l && end - start > l)
        {
            start = end - l;
        }

        return (start, end - start);
    }
}
