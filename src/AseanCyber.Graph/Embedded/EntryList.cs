using System.Collections;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// Entries in the default order, kept as one chunk per profile (profile id order; rows in position order inside a chunk).
/// Immutable: replacing one profile's chunk copies the chunk array only, never the rows, so an import costs in proportion
/// to the profiles a list holds, not to its entries, and a reader holding the old list keeps it whole.
/// </summary>
internal sealed class EntryList : IReadOnlyList<EntryRow>
{
    public static readonly EntryList Empty = new([]);

    private readonly EntryRow[][] _chunks;
    private readonly int[] _starts;

    private EntryList(EntryRow[][] chunks)
    {
        _chunks = chunks;
        _starts = new int[chunks.Length];
        var count = 0;
        for (var i = 0; i < chunks.Length; i++)
        {
            _starts[i] = count;
            count += chunks[i].Length;
        }

        Count = count;
    }

    public int Count { get; }

    public EntryRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var chunk = ChunkOf(index);
            return _chunks[chunk][index - _starts[chunk]];
        }
    }

    /// <param name="chunks">Non-empty row arrays of distinct profiles, in profile id order.</param>
    public static EntryList Of(IEnumerable<EntryRow[]> chunks)
    {
        var array = chunks.Where(c => c.Length > 0).ToArray();
        return array.Length == 0 ? Empty : new EntryList(array);
    }

    /// <summary>This list with <paramref name="profileId"/>'s rows replaced by <paramref name="rows"/> (none: removed).</summary>
    public EntryList With(string profileId, EntryRow[] rows)
    {
        var (found, at) = Find(profileId);
        if (!found && rows.Length == 0)
        {
            return this;
        }

        var list = new List<EntryRow[]>(_chunks.Length + 1);
        list.AddRange(_chunks.AsSpan(0, at));
        if (rows.Length > 0)
        {
            list.Add(rows);
        }

        list.AddRange(_chunks.AsSpan(found ? at + 1 : at));
        return list.Count == 0 ? Empty : new EntryList([.. list]);
    }

    public Enumerator GetEnumerator() => new(_chunks);

    IEnumerator<EntryRow> IEnumerable<EntryRow>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int ChunkOf(int index)
    {
        // Chunks are never empty, so no two start at the same index.
        var i = Array.BinarySearch(_starts, index);
        return i >= 0 ? i : ~i - 1;
    }

    private (bool Found, int At) Find(string profileId)
    {
        int lo = 0, hi = _chunks.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(_chunks[mid][0].Profile.Id, profileId);
            if (c == 0)
            {
                return (true, mid);
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (false, lo);
    }

    public struct Enumerator(EntryRow[][] chunks) : IEnumerator<EntryRow>
    {
        private int _chunk;
        private int _index = -1;

        public readonly EntryRow Current => chunks[_chunk][_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (_chunk < chunks.Length)
            {
                if (++_index < chunks[_chunk].Length)
                {
                    return true;
                }

                _chunk++;
                _index = -1;
            }

            return false;
        }

        public void Reset()
        {
            _chunk = 0;
            _index = -1;
        }

        public readonly void Dispose()
        {
        }
    }
}
