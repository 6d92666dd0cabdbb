using CorsConformance.Probing;
using CorsConformance.Rules;
using CorsConformance.Running;
using CorsConformance.TestApps;
using CorsConformance.Tests.Http;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Integration;

/// <summary>
/// The whole engine against real servers: <c>new ConformanceRunner(client).RunAsync(contract)</c> over every shop app,
/// in memory and on Kestrel. The correct apps must come out clean; each broken app must yield exactly the rule ids of
/// its one mistake (<see cref="TestAppExpectations"/>): every expected id at some severity, no other id at warning or error.
/// </summary>
public sealed class ConformanceRunnerIntegrationTests
{
    public static TheoryData<TestAppKind, Transport> EveryKindOnEveryTransport
    {
        get
        {
            var data = new TheoryData<TestAppKind, Transport>();
            foreach (var kind in Enum.GetValues<TestAppKind>())
                foreach (var transport in Enum.GetValues<Transport>())
                    data.Add(kind, transport);
            return data;
        }
    }

    [Theory]
    [InlineData(TestAppKind.Correct, Transport.InMemory)]
    [InlineData(TestAppKind.Correct, Transport.Kestrel)]
    [InlineData(TestAppKind.PublicWildcardEverywhere, Transport.InMemory)]
    [InlineData(TestAppKind.PublicWildcardEverywhere, Transport.Kestrel)]
    public async Task Correct_app_yields_no_error_or_warning_and_every_case_passes(TestAppKind kind, Transport transport)
    {
        var report = await RunAsync(kind, transport);

        report.Cases.ShouldNotBeEmpty();
        report.AtOrAbove(Severity.Warning).ShouldBeEmpty($"{kind} is correct, yet:\n{Describe(report)}");
        report.Cases.Where(c => c.Outcome != CaseOutcome.Passed)
            .ShouldBeEmpty($"every case of {kind} must pass:\n{Describe(report)}");
    }

    [Theory]
    [MemberData(nameof(EveryKindOnEveryTransport))]
    public async Task Each_app_yields_exactly_its_rule_ids(TestAppKind kind, Transport transport)
    {
        var report = await RunAsync(kind, transport);
        var expected = TestAppExpectations.RuleIds(kind);

        var reported = report.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(id => !reported.Contains(id)).Order().ToArray();
        var unexpected = report.AtOrAbove(Severity.Warning).Select(f => f.RuleId).Where(id => !expected.Contains(id)).Distinct().Order().ToArray();

        (missing.Length == 0 && unexpected.Length == 0).ShouldBeTrue(
            $"{kind} over {transport}: expected [{string.Join(", ", expected.Order())}]; " +
            $"missing [{string.Join(", ", missing)}]; unexpected at warning+ [{string.Join(", ", unexpected)}]\n{Describe(report)}");
        report.NotMeasured.ShouldBe(0, $"every case must be measured:\n{Describe(report)}");
    }

    private static async Task<ConformanceReport> RunAsync(TestAppKind kind, Transport transport)
    {
        var contract = ShopContract.For(kind);
        var ct = TestContext.Current.CancellationToken;
        if (transport == Transport.InMemory)
        {
            await using var app = TestApp.StartInMemory(kind);
            // HttpClient requests are never upgradable on TestServer: WebSocket cases go through TestServer's own client.
            var options = new RunOptions { WebSocketConnector = app.ConnectWebSocketAsync };
            return await new ConformanceRunner(app.Client, options).RunAsync(contract, ct);
        }
        await using var live = await TestApp.StartKestrelAsync(kind, ct);
        return await new ConformanceRunner(live.Client).RunAsync(contract, ct);
    }

    private static string Describe(ConformanceReport report)
    {
        var lines = new List<string> { $"{report.Cases.Count} cases, {report.Findings.Count} findings, {report.NotMeasured} not measured" };
        lines.AddRange(report.Findings.Select(f => $"  [{f.Severity}] {f.RuleId}: {f.Summary}{(f.CaseName is null ? "" : $"  (case: {f.CaseName})")}"));
        lines.AddRange(report.Cases.Where(c => c.Outcome != CaseOutcome.Passed)
            .Select(c => $"  case {c.Outcome}: {c.Case.Name}{(c.Note is null ? "" : " — " + c.Note)}"));
        return string.Join("\n", lines);
    }
}
