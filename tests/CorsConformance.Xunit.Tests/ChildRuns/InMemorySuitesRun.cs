using Xunit;
namespace CorsConformance.Xunit.Tests.ChildRuns;

/// <summary>
/// One child run of every suite class of CorsConformance.Xunit.Suites, in-memory, without a live base URL (so the
/// live class's rows must all be skipped). Shared by the tests that read it: the suites take about two seconds.
/// </summary>
public sealed class InMemorySuitesRun : IAsyncLifetime
{
    private ChildRun? _run;

    internal ChildRun Run => _run ?? throw new InvalidOperationException("The child run has not happened yet.");

    public async ValueTask InitializeAsync() => _run = await ChildTestRunner.RunAsync(ChildTestRunner.Suites, []);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
