namespace AseanCyber.Graph.Querying;

/// <summary>
/// Which items of an ordered list a page holds, in offsets, independent of any cursor format: <see cref="Size"/> items
/// from <see cref="Offset"/> on or, <see cref="FromEnd"/>, the last <see cref="Size"/> items of those from
/// <see cref="Offset"/> on (a page counted back from the end of a list whose length the caller does not know).
/// A store clamps it to its count with <see cref="Resolve"/>.
/// </summary>
public sealed record Window
{
    public Window(int offset, int size, bool fromEnd = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        Offset = offset;
        Size = size;
        FromEnd = fromEnd;
    }

    /// <summary>Every item: what a store's own callers (and tests) ask when they want a whole list.</summary>
    public static Window All { get; } = new(0, int.MaxValue);

    public int Offset { get; }

    public int Size { get; }

    public bool FromEnd { get; }

    /// <summary>The last <paramref name="size"/> items, none before <paramref name="notBefore"/>.</summary>
    public static Window Last(int size, int notBefore = 0) => new(notBefore, size, fromEnd: true);

    /// <summary>The slice [Skip, Skip + Take) of <paramref name="totalCount"/> ordered items this window selects.</summary>
    public (int Skip, int Take) Resolve(int totalCount)
    {
        var start = Math.Min(Offset, totalCount);
        if (FromEnd)
        {
            var skip = Math.Max(start, totalCount - Size);
            return (skip, totalCount - skip);
        }

        return (start, Math.Min(Size, totalCount - start));
    }
}
