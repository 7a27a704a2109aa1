using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace AseanCyber.Testing.Cypher;

/// <summary>
/// Lucene 9's <c>BM25Similarity()</c> (k1 1.2, b 0.75, overlaps discounted), the similarity Neo4j 5's full-text searchers
/// keep, on Lucene.Net 4.8's similarity API. Per apache/lucene 9.x BM25Similarity.java and SmallFloat.java:
/// score = boost * idf * (1 - 1 / (1 + freq / (k1 * (1 - b + b * dl / avgdl)))), idf = ln(1 + (N - n + 0.5) / (n + 0.5)) with N the
/// documents that have the field (a phrase sums its terms' idf), avgdl = the field's total term count / N, and dl the
/// document's token count stored in one byte by SmallFloat.intToByte4 (exact below 24, 4 significant bits above).
/// </summary>
internal sealed class Bm25 : Similarity
{
    public static readonly Bm25 Instance = new();

    private static readonly int FreeValues = 255 - Int4(int.MaxValue);

    private static readonly float[] Lengths = [.. Enumerable.Range(0, 256).Select(i => (float)DecodeLength(i))];

    public override long ComputeNorm(FieldInvertState state) => EncodeLength(state.Length - state.NumOverlap);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        long n = collectionStats.DocCount;
        var idf = (float)termStats.Sum(t => (double)(float)Math.Log(1 + ((n - t.DocFreq + 0.5d) / (t.DocFreq + 0.5d))));
        var avgdl = (float)(collectionStats.SumTotalTermFreq / (double)n);
        return new Stats(collectionStats.Field, idf, queryBoost, [.. Lengths.Select(dl => 1f / (1.2f * ((1 - 0.75f) + (0.75f * dl / avgdl))))]);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Stats)weight;
        var norms = context.AtomicReader.GetNormValues(stats.Field);
        return new DocScorer(stats, norms);
    }

    private static long EncodeLength(int length) => length < FreeValues ? length : FreeValues + Int4(length - FreeValues);

    private static long DecodeLength(int encoded)
    {
        if (encoded < FreeValues)
        {
            return encoded;
        }

        var i = encoded - FreeValues;
        var shift = (i >> 3) - 1;
        return FreeValues + (shift == -1 ? i & 7 : ((long)(i & 7) | 8) << shift);
    }

    private static int Int4(long value)
    {
        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)value);
        if (bits < 4)
        {
            return (int)value;
        }

        var shift = bits - 4;
        return ((int)(value >> shift) & 7) | ((shift + 1) << 3);
    }

    private sealed class Stats(string field, float idf, float boost, float[] normInverses) : SimWeight
    {
        public string Field { get; } = field;

        public float[] NormInverses { get; } = normInverses;

        public float Weight { get; private set; } = idf * boost;

        public override float GetValueForNormalization() => Weight * Weight;

        public override void Normalize(float queryNorm, float topLevelBoost) => Weight = idf * boost * topLevelBoost;
    }

    private sealed class DocScorer(Stats stats, NumericDocValues? norms) : SimScorer
    {
        public override float Score(int doc, float freq)
        {
            var inverse = stats.NormInverses[norms is null ? 1 : (int)(norms.Get(doc) & 0xFF)];
            return stats.Weight - (stats.Weight / (1f + (freq * inverse)));
        }

        public override float ComputeSlopFactor(int distance) => 1f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;
    }
}
