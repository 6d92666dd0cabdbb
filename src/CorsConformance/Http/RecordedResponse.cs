namespace CorsConformance.Http;

/// <summary>A response exactly as the server sent it: status and every header line (repeated lines stay separate).</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Headers">Every header line received (response and content headers), in order.</param>
/// <param name="ReasonPhrase">The reason phrase, when the transport reported one.</param>
public sealed record RecordedResponse(int Status, IReadOnlyList<HeaderLine> Headers, string? ReasonPhrase = null)
{
    /// <summary>True for 300-399.</summary>
    public bool IsRedirect => Status is >= 300 and < 400;

    /// <summary>True for 200-299 (Fetch "ok status").</summary>
    public bool IsOk => Status is >= 200 and < 300;
}
