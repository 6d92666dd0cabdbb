namespace CorsConformance.TestApps.Shop;

/// <summary>
/// How a hand-written CORS middleware (<see cref="HandWrittenCorsMiddleware"/>) behaves. The defaults are correct;
/// each broken app kind turns exactly one of these knobs.
/// </summary>
internal sealed record HandWrittenCors
{
    /// <summary>Maps the request's Origin (null when absent) to the ACAO value to send, or null to send no CORS headers.</summary>
    public required Func<string?, string?> AllowOriginFor { get; init; }

    /// <summary>Append <c>Vary: Origin</c> to every response.</summary>
    public bool SendVaryOrigin { get; init; } = true;

    /// <summary>Answer a preflight itself with 204; when false it falls through to routing (405 for OPTIONS).</summary>
    public bool AnswerPreflight { get; init; } = true;

    /// <summary>
    /// Write the headers when the response starts (Response.OnStarting), so an exception handler's Response.Clear()
    /// cannot remove them; when false they are written up front and the exception handler wipes them.
    /// </summary>
    public bool ApplyWhenResponseStarts { get; init; } = true;

    /// <summary>Echo an origin when it is in <paramref name="allowlist"/> (exact, case-sensitive).</summary>
    public static Func<string?, string?> Echo(IReadOnlyList<string> allowlist) =>
        origin => origin is not null && allowlist.Contains(origin, StringComparer.Ordinal) ? origin : null;

    /// <summary>
    /// The allowlist is stored as configured (possibly with a trailing slash); an origin matches when equal to an entry
    /// without its slash, and the configured entry is emitted verbatim (the trailing-slash mistake).
    /// </summary>
    public static Func<string?, string?> EmitConfiguredValue(IReadOnlyList<string> configured) =>
        origin => origin is null ? null : configured.FirstOrDefault(c => string.Equals(c.TrimEnd('/'), origin, StringComparison.Ordinal));
}
