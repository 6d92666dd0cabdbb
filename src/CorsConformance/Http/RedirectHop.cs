using CorsConformance.Browser;

namespace CorsConformance.Http;

/// <summary>
/// One followed redirect of an actual request: the request the browser makes to the Location (method, body and Origin
/// as the Fetch standard rewrites them), its preflight when one is due again, and the answer.
/// </summary>
/// <param name="Request">The request to the redirect target (Origin becomes <c>null</c> after a cross-origin hop).</param>
/// <param name="Preflight">The preflight sent to the target, when one was due.</param>
/// <param name="Actual">The target's answer, or null when the preflight stopped the chain.</param>
public sealed record RedirectHop(CorsRequest Request, Exchange? Preflight, Exchange? Actual);
