using System.Diagnostics;
using CorsConformance.Playwright.Confirmation;
using Shouldly;

namespace CorsConformance.Playwright.Tests.Differential;

/// <summary>
/// The differential test: every corpus behaviour × request shape is judged by the engine (from the raw answers recorded with
/// HttpClient) and by real Chromium (a real fetch() from https://app.example.com). Verdict kinds must agree 100%; rule-id and
/// console-detail agreement are reported. The full report is written to <c>differential-report.md</c> next to the test assembly.
/// </summary>
public sealed class EngineVsChromiumDifferentialTests(ChromiumFixture fixture)
{
    [Fact]
    public async Task Engine_and_Chromium_agree_on_every_corpus_behaviour()
    {
        var confirmer = fixture.Confirmer;
        var server = fixture.Server;
        foreach (var (path, behaviour) in BehaviourCorpus.RedirectTargets())
            server.RegisterAt(path, behaviour);

        var behaviours = BehaviourCorpus.Generate();
        behaviours.Count.ShouldBeGreaterThanOrEqualTo(200);
        behaviours.Select(b => b.Name).ShouldBeUnique();
        var cells = behaviours
            .Select(b => (Behaviour: b, Path: server.Register(b)))
            .SelectMany(b => RequestShapes.All.Select(s => (b.Behaviour, Shape: s, Case: RequestShapes.ToCase(s, b.Path, b.Behaviour.Name))))
            .ToList();

        var watch = Stopwatch.StartNew();
        var results = await confirmer.ConfirmAsync(server.BaseUrl, cells.Select(c => c.Case), TestContext.Current.CancellationToken);
        watch.Stop();
        var rows = cells.Select((c, i) => new DifferentialRow(c.Behaviour, c.Shape, results[i])).ToList();

        var report = DifferentialReport.Render(rows, behaviours.Count, confirmer.BrowserVersion, watch.Elapsed);
        var reportPath = Path.Combine(AppContext.BaseDirectory, "differential-report.md");
        await File.WriteAllTextAsync(reportPath, report, TestContext.Current.CancellationToken);
        var rates = DifferentialReport.Measure(rows);
        var summary = $"{rates.Summary} ({rows.Count} cases in {watch.Elapsed.TotalSeconds:0.0} s; report: {reportPath})";
        Console.WriteLine(summary);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        TestContext.Current.SendDiagnosticMessage(summary);

        rows.Count(r => r.Result.Browser.Outcome == BrowserOutcome.NotMeasured).ShouldBe(0,
            string.Join("\n", rows.Where(r => r.Result.Browser.Outcome == BrowserOutcome.NotMeasured).Take(5).Select(r => r.Result.Browser.Describe())));
        rows.ShouldContain(r => r.Result.Browser.Outcome == BrowserOutcome.Accepted);
        rows.ShouldContain(r => r.Result.Browser.Outcome == BrowserOutcome.Blocked);
        var notAgreeing = rows.Where(r => r.Result.Agreement != Agreement.Agree).ToList();
        var unexplained = notAgreeing.Where(r => !KnownEngineDeviations.ByBehaviour.ContainsKey(r.Behaviour.Name)).ToList();
        unexplained.ShouldBeEmpty(
            $"{summary}\n" + string.Join("\n", unexplained.Take(20).Select(r => $"[{r.Behaviour.Name}] × [{r.Shape.Name}]: {r.Result.Disagreement}")));
        var fixedNow = KnownEngineDeviations.ByBehaviour.Keys.Where(name => !notAgreeing.Any(r => r.Behaviour.Name == name)).ToList();
        fixedNow.ShouldBeEmpty("these known engine deviations now agree with Chromium: remove them from KnownEngineDeviations");
        var explainedRate = rows.Count(r => r.Result.Agreement == Agreement.Agree || KnownEngineDeviations.ByBehaviour.ContainsKey(r.Behaviour.Name));
        explainedRate.ShouldBe(rows.Count, "100% of verdict kinds agree once the recorded known deviations are set aside");
    }
}
