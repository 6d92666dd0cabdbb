using System.CommandLine;

namespace CorsConformance.Cli.Commands;

/// <summary>Options shared by the commands that talk to a server.</summary>
internal static class CommonOptions
{
    public const double DefaultTimeoutSeconds = 10;

    public static Option<string> BaseUrl() => new("--base-url", "-u")
    {
        Description = "The API's base URL, e.g. https://staging.example.com (default: $CORS_CONFORMANCE_BASE_URL).",
        HelpName = "URL",
    };

    public static Option<string[]> Headers() => new("--header", "-H")
    {
        Description = "A header added to every request, 'Name: value' (API key, cookie). Repeatable. Values are redacted (***) in every output.",
        HelpName = "\"Name: value\"",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<double> Timeout() => new("--timeout")
    {
        Description = "Seconds to wait for one response before the case counts as not measured.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => DefaultTimeoutSeconds,
    };

    public static Option<string> Output(string what) => new("--output", "-o")
    {
        Description = $"Write {what} to this file instead of stdout.",
        HelpName = "FILE",
    };

    public static TimeSpan CheckTimeout(double seconds)
    {
        if (double.IsNaN(seconds) || seconds <= 0 || seconds > 600)
            throw CliException.Usage($"--timeout {seconds} is out of range: give seconds between 0.1 and 600.");
        return TimeSpan.FromSeconds(Math.Max(0.1, seconds));
    }
}
