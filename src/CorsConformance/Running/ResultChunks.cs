namespace CorsConformance.Running;

/// <summary>
/// The results of one run in the order they finished, compacted (<see cref="CompactCaseResult"/>), in chunks of
/// <see cref="ChunkSize"/> allocated as they fill. Not thread-safe (<see cref="MatrixRun"/> locks around it).
/// </summary>
/// <remarks>
/// Why chunks and not one array (or one task per case) made at the start: a result is young when it is stored, and a
/// chunk that is filling is young too, so storing it leaves no reference from an old object to a young one. One array (or
/// 1,000 pending tasks) made at the start is promoted by the first collections of the run; every result stored in it
/// afterwards is such a reference, the collector scans it at each gen0 collection, finds it points into gen1 once the result
/// has been promoted, and judges its card marking inefficient: it then turns gen0 collections into gen1 and gen2 ones
/// (condemn reason <c>low_card</c>). In the benchmark (tests/CorsConformance.Benchmarks) that doubled the gen1 collections
/// of a 1,048-case run.
/// </remarks>
internal sealed class ResultChunks(int capacity)
{
    public const int ChunkSize = 64;

    private readonly CompactCaseResult[]?[] _chunks = new CompactCaseResult[(capacity + ChunkSize - 1) / ChunkSize][];
    private int _count;

    /// <summary>How many results are stored.</summary>
    public int Count => _count;

    /// <summary>Stores <paramref name="result"/>; returns its position.</summary>
    public int Append(in CompactCaseResult result)
    {
        if (_count == capacity) throw new InvalidOperationException($"ResultChunks holds at most {capacity} results.");
        var position = _count++;
        (_chunks[position / ChunkSize] ??= new CompactCaseResult[ChunkSize])[position % ChunkSize] = result;
        return position;
    }

    /// <summary>The result stored at <paramref name="position"/>.</summary>
    public ref readonly CompactCaseResult this[int position]
    {
        get
        {
            if ((uint)position >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(position));
            return ref _chunks[position / ChunkSize]![position % ChunkSize];
        }
    }
}
