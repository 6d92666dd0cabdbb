namespace CorsConformance.Http;

/// <summary>One request and what came back: a response, or the transport error that prevented one.</summary>
/// <param name="Request">The request as sent.</param>
/// <param name="Response">The response as received, or null when none arrived.</param>
/// <param name="TransportError">Why no response arrived (unreachable, timeout, reset), or null.</param>
/// <param name="Elapsed">Time from send to the end of the headers.</param>
public sealed record Exchange(RecordedRequest Request, RecordedResponse? Response, string? TransportError, TimeSpan Elapsed)
{
    /// <summary>True when a response was received.</summary>
    public bool Measured => Response is not null;
}
