using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>
/// Lowercase header names (what fetch() puts in Access-Control-Request-Headers), each name lowercased once per process:
/// a run asks for the same few names thousands of times. Bounded: past <see cref="Capacity"/> names, new ones are
/// lowercased each time.
/// </summary>
internal static class HeaderNameCase
{
    /// <summary>How many distinct names are remembered.</summary>
    public const int Capacity = 1024;

    private static readonly BoundedCache<string, string> Lowered = new(Capacity, StringComparer.Ordinal);

    /// <summary><paramref name="name"/> lowercased (invariant); <paramref name="name"/> itself when it has no uppercase letter.</summary>
    /// <param name="name">A header name: an HTTP token, so ASCII.</param>
    public static string Lower(string name) =>
        name.AsSpan().ContainsAnyInRange('A', 'Z') ? Lowered.GetOrAdd(name, static n => n.ToLowerInvariant()) : name;
}
