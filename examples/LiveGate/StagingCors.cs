using CorsConformance.Contract;
using CorsConformance.Http;
using CorsConformance.Xunit;

namespace LiveGate.Tests;

// The deployed API must keep the CORS contract in cors-contract.json (the same file the CLI reads).
// The base URL comes from CORS_CONFORMANCE_BASE_URL; without it every row is skipped and says so.
// Only preflights are sent for PUT, DELETE and POST: a gate run cannot change staging data.
public class StagingCors : LiveCorsConformanceTests
{
    protected override CorsContract Contract =>
        CorsContractJson.Load(Path.Combine(AppContext.BaseDirectory, "cors-contract.json"));

    // Endpoints behind a login: send a test account's token (redacted as *** in every message and curl line).
    protected override IReadOnlyList<HeaderLine> ExtraHeaders =>
        Environment.GetEnvironmentVariable("STAGING_API_TOKEN") is { Length: > 0 } token
            ? [new HeaderLine("Authorization", "Bearer " + token)]
            : [];
}
