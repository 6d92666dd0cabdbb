using System.Collections;
using CorsConformance.Cases;
using CorsConformance.Probing;

namespace CorsConformance.Running;

/// <summary>
/// The results of a <see cref="MatrixRun"/> by case index (all of them once the run has finished), each expanded as it is
/// read (<see cref="CompactCaseResult.Expand"/>): each read gives an equal copy, and no reader makes the run hold a
/// second, expanded set of its results. A reader that needs the same instances twice copies the list (<c>ToArray()</c>).
/// </summary>
internal sealed class StoredResults(IReadOnlyList<CorsCase> cases, ResultChunks results, int[] positions) : IReadOnlyList<CaseResult>
{
    /// <summary>How many cases the run had.</summary>
    public int Count => cases.Count;

    /// <summary>The result of the case at <paramref name="index"/>, expanded for this read.</summary>
    public CaseResult this[int index] =>
        (uint)index < (uint)cases.Count ? results[positions[index]].Expand(cases[index]) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public IEnumerator<CaseResult> GetEnumerator()
    {
        for (var i = 0; i < cases.Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
