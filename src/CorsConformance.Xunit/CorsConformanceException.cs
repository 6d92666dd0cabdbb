using Xunit.Sdk;

namespace CorsConformance.Xunit;

/// <summary>
/// A row of the CORS conformance suite failed. The message is the product: the verdict in one line (what the browser
/// prints), the evidence (request and response header lines), the fix, and a curl command that reproduces it.
/// </summary>
public sealed class CorsConformanceException : XunitException
{
    /// <summary>Creates the exception with the full failure text.</summary>
    /// <param name="message">The formatted failure.</param>
    public CorsConformanceException(string message) : base(message) { }
}
