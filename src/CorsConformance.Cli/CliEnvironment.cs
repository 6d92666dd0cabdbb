namespace CorsConformance.Cli;

/// <summary>What the CLI reads from and writes to, so tests can run it in-process with captured output.</summary>
internal sealed record CliEnvironment
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>True when stdout is a terminal (progress and colours); false when redirected or captured.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Relative paths are resolved against this directory.</summary>
    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The terminal width for text reports.</summary>
    public int Width { get; init; } = 120;

    public static CliEnvironment FromProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        OutputIsTerminal = !Console.IsOutputRedirected,
        Width = Console.IsOutputRedirected ? 120 : Math.Max(80, SafeWindowWidth()),
    };

    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    private static int SafeWindowWidth()
    {
        try { return Console.WindowWidth; }
        catch (IOException) { return 120; }
    }
}
