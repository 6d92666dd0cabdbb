using CorsConformance.Cases;

namespace CorsConformance.Xunit.Rows;

/// <summary>The data values of rows that are not a case: the contract could not be read, or a family has no case.</summary>
internal static class RowNames
{
    public const string ContractError = "(contract)";
    public const string EmptyFamily = "(no case)";

    public static bool IsContractError(string value) => value == ContractError;

    public static bool IsEmptyFamily(string value) => value == EmptyFamily;

    public static string ContractErrorDisplayName(string reason) => "contract could not be read: " + reason;

    public static string EmptyFamilyReason(CaseFamily family) => family switch
    {
        CaseFamily.Preflight => "The contract has no preflighted request (no method beyond GET/HEAD/POST, no non-safelisted header, no body).",
        CaseFamily.Actual => "The contract has no simple GET/HEAD request from an allowed origin.",
        CaseFamily.Credentials => "The contract does not allow credentials (AllowCredentials) on any endpoint.",
        CaseFamily.ExposedHeaders => "The contract exposes no response header (ExposeHeaders).",
        CaseFamily.Vary => "The contract has no endpoint readable with GET/HEAD from a listed origin, so no Vary case.",
        CaseFamily.ErrorPath => "The contract names no error probe path (ErrorProbes(notFound, throwing, unauthorized)).",
        CaseFamily.AttackerOrigin => "No attacker-origin case: security probes are off (RunOptions.IncludeSecurityProbes) or every endpoint is public.",
        CaseFamily.WebSocket => "The contract lists no WebSocket path (WebSocket(\"/ws\")), or WebSocket checks are off (RunOptions.IncludeWebSockets).",
        _ => "The contract has no case of this family.",
    };

    public static string EmptyFamilyDisplayName(CaseFamily family) => $"no {family switch
    {
        CaseFamily.Actual => "actual request",
        CaseFamily.ExposedHeaders => "exposed headers",
        CaseFamily.ErrorPath => "error path",
        CaseFamily.AttackerOrigin => "attacker origin",
        _ => family.ToString().ToLowerInvariant(),
    }} case in the contract";

    public const string NoEndpoint = "(no endpoint)";

    public static string ContractWideDisplayName(string endpoint) => "contract-wide " + endpoint;
}
