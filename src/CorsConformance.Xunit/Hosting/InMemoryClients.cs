using Microsoft.AspNetCore.Mvc.Testing;

namespace CorsConformance.Xunit.Hosting;

/// <summary>The client options CORS probing needs: redirects are judged, not followed; no cookie jar.</summary>
internal static class InMemoryClients
{
    public static WebApplicationFactoryClientOptions Options => new()
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
    };
}
