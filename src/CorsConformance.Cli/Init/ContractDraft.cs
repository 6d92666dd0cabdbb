using CorsConformance.Contract;

namespace CorsConformance.Cli.Init;

/// <summary>The contract drafted from observations, the unsafe behaviours flagged, and notes on what was left out.</summary>
internal sealed record ContractDraft(CorsContract Contract, IReadOnlyList<InitFlag> Flags, IReadOnlyList<string> Notes);
