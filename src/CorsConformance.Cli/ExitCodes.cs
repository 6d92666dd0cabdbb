namespace CorsConformance.Cli;

/// <summary>The exit codes of every command (documented in <c>--help</c> and the README).</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the fail level; every case measured (or deliberately skipped).</summary>
    public const int Passed = 0;

    /// <summary>At least one finding at or above the fail level (wins over <see cref="NotMeasured"/>).</summary>
    public const int Findings = 1;

    /// <summary>Usage error: bad option, bad value, unknown rule id, missing or invalid contract.</summary>
    public const int Usage = 2;

    /// <summary>The server could not be measured: unreachable, timed out, or answered something that is not HTTP; or some cases got no answer and nothing at the fail level was found.</summary>
    public const int NotMeasured = 3;

    /// <summary>A bug in cors-conformance itself (the message says what; set CORS_CONFORMANCE_DEBUG=1 for the stack trace).</summary>
    public const int InternalError = 4;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;

    public const string HelpText =
        "Exit codes: 0 nothing at or above --fail-on and every case measured; 1 findings at or above --fail-on; " +
        "2 usage or contract error; 3 the server could not be measured (unreachable, timeout, not HTTP, or cases without an answer); 4 internal error.";
}
