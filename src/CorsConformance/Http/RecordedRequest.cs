namespace CorsConformance.Http;

/// <summary>A request exactly as the probe sent it.</summary>
/// <param name="Method">The method token as sent (case preserved: <c>patch</c> stays <c>patch</c>).</param>
/// <param name="Url">The absolute URL requested.</param>
/// <param name="Headers">Every header line sent, in order.</param>
/// <param name="Body">The request body as text, or null when none was sent.</param>
public sealed record RecordedRequest(string Method, Uri Url, IReadOnlyList<HeaderLine> Headers, string? Body = null);
