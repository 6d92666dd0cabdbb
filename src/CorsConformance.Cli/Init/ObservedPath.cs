using CorsConformance.Http;

namespace CorsConformance.Cli.Init;

/// <summary>What one path answered to one origin: a plain GET, a GET with a cookie (credentialed), a HEAD, and preflights per method.</summary>
internal sealed record ObservedOrigin(
    string Origin,
    Exchange Get,
    Exchange CredentialedGet,
    Exchange? Head,
    IReadOnlyDictionary<string, Exchange> Preflights);

/// <summary>Everything observed on one path.</summary>
internal sealed record ObservedPath(
    string Path,
    bool Explicit,
    IReadOnlyList<ObservedOrigin> AllowedCandidates,
    ObservedOrigin Attacker,
    ObservedOrigin NullOrigin,
    Exchange? ReflectionProbe);
