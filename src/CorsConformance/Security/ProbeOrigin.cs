namespace CorsConformance.Security;

/// <summary>An attacker origin a scanner would try, and the rule it proves when the server trusts it.</summary>
/// <param name="Origin">The Origin header value sent.</param>
/// <param name="RuleId">The security rule reported when the server accepts it.</param>
/// <param name="Description">What the probe imitates, e.g. "attacker label glued before example.com".</param>
public sealed record ProbeOrigin(string Origin, string RuleId, string Description);
