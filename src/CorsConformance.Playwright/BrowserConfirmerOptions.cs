namespace CorsConformance.Playwright;

/// <summary>How the real-browser layer launches Chromium and issues cases.</summary>
public sealed record BrowserConfirmerOptions
{
    /// <summary>
    /// The Chromium executable. When null, <see cref="Locating.ChromiumLocator"/> searches (environment
    /// <c>CORS_CONFORMANCE_BROWSER</c>, Playwright's installed browsers, then system paths such as <c>/usr/bin/chromium</c>).
    /// </summary>
    public string? ExecutablePath { get; init; }

    /// <summary>Run without a window. Default true.</summary>
    public bool Headless { get; init; } = true;

    /// <summary>Extra command-line switches added after the built-in ones.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>How many cases of one origin are issued together (one <c>Promise.all</c>). Default 100.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>How long one fetch may take before it is aborted and reported as not measured. Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long to wait, after a fetch was rejected, for Chromium's reason (DevTools event and console line) to arrive. Default 3 s.
    /// </summary>
    public TimeSpan ReasonTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Origin of the page that hosts the sandboxed iframe used for <c>Origin: null</c> cases. Default <c>https://sandbox-host.example</c>.
    /// </summary>
    public string NullOriginHost { get; init; } = "https://sandbox-host.example";

    /// <summary>When true, also sends each case with HttpClient to record the raw preflight/actual responses the engine judges. Default true.</summary>
    public bool RecordForEngine { get; init; } = true;

    /// <summary>Benchmark/diagnostic switch: a fresh context and page for every case instead of one page per origin.</summary>
    internal bool PagePerCase { get; init; }

    internal void Validate()
    {
        if (BatchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be at least 1.");
        if (RequestTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "RequestTimeout must be positive.");
        if (ReasonTimeout < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(ReasonTimeout), ReasonTimeout, "ReasonTimeout must not be negative.");
    }
}
