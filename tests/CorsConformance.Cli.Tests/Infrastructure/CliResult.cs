namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>What one CLI run produced.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;

    /// <summary>Asserts the run failed with exactly one <c>error: ...</c> line on stderr and no stack trace anywhere; returns that line.</summary>
    public string ShouldBeOneLineError(int exitCode)
    {
        ExitCode.ShouldBe(exitCode, $"stdout:\n{Out}\nstderr:\n{Error}");
        ShouldHaveNoStackTrace();
        var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, $"expected one error line, got:\n{Error}");
        lines[0].ShouldStartWith("error: ");
        return lines[0];
    }

    public void ShouldHaveNoStackTrace()
    {
        All.ShouldNotContain("   at ", customMessage: $"stack trace in output:\n{All}");
        All.ShouldNotContain("Exception:", customMessage: $"exception text in output:\n{All}");
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
