namespace CorsConformance.Contract;

/// <summary>Paths that answer errors; a browser hides the error from script unless CORS headers are present.</summary>
/// <param name="NotFound">A path that answers 404 (e.g. <c>/api/does-not-exist</c>), or null to skip.</param>
/// <param name="Throwing">A path whose handler throws (→ 500), or null to skip.</param>
/// <param name="Unauthorized">A path behind authentication (→ 401 without credentials), or null to skip.</param>
public sealed record ErrorProbePaths(string? NotFound = null, string? Throwing = null, string? Unauthorized = null);
