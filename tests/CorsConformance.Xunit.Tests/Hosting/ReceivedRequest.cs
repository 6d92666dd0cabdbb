namespace CorsConformance.Xunit.Tests.Hosting;

/// <summary>A request the app on the loopback socket received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path.</param>
/// <param name="Origin">The Origin header, or null.</param>
/// <param name="RequestedMethod">Access-Control-Request-Method (set on preflights), or null.</param>
/// <param name="Authorization">The Authorization header, or null.</param>
internal sealed record ReceivedRequest(string Method, string Path, string? Origin, string? RequestedMethod, string? Authorization)
{
    public bool IsPreflight => Method == "OPTIONS" && RequestedMethod is not null;
}
