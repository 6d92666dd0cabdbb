using System.Collections.Concurrent;

namespace CorsConformance.Http;

/// <summary>
/// A thread-safe memo that stops growing at <see cref="Capacity"/> entries: past it, values are computed (or kept) as
/// they come and not remembered. For values that repeat a lot within a run or a process (parsed header values, lowercase
/// names, equal recordings) and must never let memory grow without bound.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _known = new(comparer);
    private int _count;

    /// <summary>How many entries are remembered at most.</summary>
    public int Capacity => capacity;

    /// <summary>The remembered value of <paramref name="key"/>, or <paramref name="create"/>'s, remembered while there is room.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (_known.TryGetValue(key, out var known))
            return known;
        var value = create(key);
        if (Volatile.Read(ref _count) < capacity && _known.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
            return value;
        }
        return _known.TryGetValue(key, out known) ? known : value;
    }
}
