namespace CorsConformance.Cli;

/// <summary>An error the user can act on: printed as one line (<c>error: ...</c>) with its exit code, never with a stack trace.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    public static CliException NotMeasured(string message) => new(ExitCodes.NotMeasured, message);
}
