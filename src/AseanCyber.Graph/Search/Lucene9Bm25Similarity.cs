using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace AseanCyber.Graph.Search;

/// <summary>
/// BM25 as Lucene 9 computes it, which is what Neo4j 5's full-text indexes score with (its index searchers keep
/// Lucene's default similarity, <c>BM25Similarity()</c>: k1 = 1.2, b = 0.75, overlaps discounted). Lucene.Net 4.8's own
/// BM25Similarity differs in three ways this class undoes, so the embedded graph's scores are Neo4j's:
/// <list type="bullet">
/// <item>score = idf * freq / (freq + k1 * (1 - b + b * dl / avgdl)), written as Lucene 9 does (weight - weight / (1 + freq / norm));
/// Lucene 4.8 multiplies by (k1 + 1);</item>
/// <item>the field length is stored exactly up to 23 tokens and with 4 significant bits above (SmallFloat.intToByte4);
/// Lucene 4.8 stores 1/sqrt(length) in a lossy byte;</item>
/// <item>the average length divides by the number of documents that have the field, not by every document.</item>
/// </list>
/// idf = log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)), summed over a phrase's terms, in both.
/// Sources: apache/lucene core/search/similarities/BM25Similarity.java and util/SmallFloat.java (9.x).
/// </summary>
public sealed class Lucene9Bm25Similarity : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    // SmallFloat's integer encoding (Lucene 7+): lengths below 24 exactly, the rest with 4 significant bits. Declared
    // before the table, which static initialisation builds from it in textual order.
    private static readonly int NumFreeValues = 255 - LongToInt4(int.MaxValue);

    private static readonly float[] LengthTable = BuildLengthTable();

    public static Lucene9Bm25Similarity Instance { get; } = new();

    public override long ComputeNorm(FieldInvertState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return IntToByte4(state.Length - state.NumOverlap) & 0xFF;
    }

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        ArgumentNullException.ThrowIfNull(collectionStats);
        ArgumentNullException.ThrowIfNull(termStats);
        var docCount = collectionStats.DocCount == -1 ? collectionStats.MaxDoc : collectionStats.DocCount;
        float idf;
        if (termStats.Length == 1)
        {
            idf = Idf(termStats[0].DocFreq, docCount);
        }
        else
        {
            var sum = 0d;
            foreach (var stat in termStats)
            {
                sum += Idf(stat.DocFreq, docCount);
            }

            idf = (float)sum;
        }

        var avgdl = (float)(collectionStats.SumTotalTermFreq / (double)docCount);
        var cache = new float[256];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = 1f / (K1 * ((1 - B) + (B * LengthTable[i] / avgdl)));
        }

        return new Weight(collectionStats.Field, idf, queryBoost, cache);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var w = (Weight)weight;
        return new Scorer(w, context.AtomicReader.GetNormValues(w.Field));
    }

    public override string ToString() => "BM25(k1=1.2,b=0.75) as Lucene 9";

    private static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + ((docCount - docFreq + 0.5d) / (docFreq + 0.5d)));

    private static float[] BuildLengthTable()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = Byte4ToInt((byte)i);
        }

        return table;
    }

    internal static byte IntToByte4(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        return i < NumFreeValues ? (byte)i : (byte)(NumFreeValues + LongToInt4(i - NumFreeValues));
    }

    internal static int Byte4ToInt(byte b) => b < NumFreeValues ? b : (int)(NumFreeValues + Int4ToLong(b - NumFreeValues));

    private static int LongToInt4(long i)
    {
        var numBits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)i);
        if (numBits < 4)
        {
            return (int)i;
        }

        var shift = numBits - 4;
        var encoded = (int)(i >>> shift) & 0x07;
        return encoded | ((shift + 1) << 3);
    }

    private static long Int4ToLong(int i)
    {
        long bits = i & 0x07;
        var shift = (i >>> 3) - 1;
        return shift == -1 ? bits : (bits | 0x08) << shift;
    }

    private sealed class Weight(string field, float idf, float queryBoost, float[] cache) : SimWeight
    {
        public string Field { get; } = field;

        public float[] Cache { get; } = cache;

        /// <summary>idf * boost, set by <see cref="Normalize"/> (BM25 ignores the query norm).</summary>
        public float Value { get; private set; } = idf * queryBoost;

        public override float GetValueForNormalization() => Value * Value;

        public override void Normalize(float queryNorm, float topLevelBoost) => Value = idf * queryBoost * topLevelBoost;
    }

    private sealed class Scorer(Weight weight, NumericDocValues? norms) : SimScorer
    {
        public override float Score(int doc, float freq)
        {
            var normInverse = norms is null ? weight.Cache[1] : weight.Cache[(int)(norms.Get(doc) & 0xFF)];
            return weight.Value - (weight.Value / (1f + (freq * normInverse)));
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;
    }
}
