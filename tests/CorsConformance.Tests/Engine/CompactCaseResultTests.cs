using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;
using CorsConformance.Probing;
using CorsConformance.Running;
using CorsConformance.TestApps;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Engine;

/// <summary>
/// What a run keeps of each result until it is read: real results of real apps (correct and broken, every family) come
/// back equal, sharing the very same recordings, verdicts and findings; results of any other shape come back as the very
/// same instance.
/// </summary>
public sealed class CompactCaseResultTests
{
    public static TheoryData<TestAppKind> Kinds => [TestAppKind.Correct, TestAppKind.MissingVaryOrigin, TestAppKind.PreflightNotFound, TestAppKind.DuplicateAcao, TestAppKind.ReflectsAnyOrigin];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_result_of_a_real_run_comes_back_equal_and_shares_what_it_recorded(TestAppKind kind)
    {
        var results = await RunEachCaseAsync(kind);

        var compacted = 0;
        foreach (var result in results)
        {
            var compact = CompactCaseResult.Of(result, result.Case);
            var back = compact.Expand(result.Case);
            back.ShouldBe(result, $"{result.Case.Name}: the expanded result must equal the one recorded");
            back.Case.ShouldBeSameAs(result.Case);
            back.Verdict.ShouldBeSameAs(result.Verdict);
            back.Findings.ShouldBeSameAs(result.Findings);
            ShouldShare(back.Preflight, result.Preflight);
            ShouldShare(back.Actual, result.Actual);
            if (!compact.IsKeptWhole) compacted++;
        }
        // The point of it: the usual result (answered, no note, no redirect) is not kept as five objects.
        compacted.ShouldBeGreaterThan(results.Count * 3 / 4, $"{kind}: only {compacted} of {results.Count} results were compacted");
    }

    [Fact]
    public async Task A_result_with_findings_is_compacted_and_keeps_its_findings()
    {
        var failed = (await RunEachCaseAsync(TestAppKind.MissingVaryOrigin)).First(r => r.Findings.Count > 0 && r.Note is null && r.Redirects.Count == 0);
        var compact = CompactCaseResult.Of(failed, failed.Case);
        compact.IsKeptWhole.ShouldBeFalse();
        compact.Expand(failed.Case).Findings.ShouldBeSameAs(failed.Findings);
        compact.Expand(failed.Case).Outcome.ShouldBe(CaseOutcome.Failed);
    }

    [Fact]
    public void Results_of_any_other_shape_are_kept_whole()
    {
        var corsCase = new CorsCase { Name = "actual POST /r", Family = CaseFamily.Actual, Path = "/r", Method = "POST", Origin = "https://a.test", Body = "{}", Expected = ExpectedOutcome.Accepted };
        var url = new Uri("http://localhost/r");
        var answered = new Exchange(new RecordedRequest("POST", url, [new("Origin", "https://a.test")], "{}"), new RecordedResponse(200, []), null, TimeSpan.FromMilliseconds(1));
        var plain = new CaseResult { Case = corsCase, Outcome = CaseOutcome.Passed, Actual = answered };
        CompactCaseResult.Of(plain, corsCase).IsKeptWhole.ShouldBeFalse();

        CaseResult[] others =
        [
            plain with { Note = "a note" },
            plain with { Outcome = CaseOutcome.NotMeasured, Actual = answered with { Response = null, TransportError = "timed out" } },
            plain with { Actual = answered with { Request = answered.Request with { Body = "other" } } },
            plain with { Actual = answered with { Request = answered.Request with { Method = "post" } } },
            plain with { Preflight = answered with { Request = answered.Request with { Method = "OPTIONS", Body = null, Url = new Uri("http://localhost/r") } } },
            plain with { Redirects = [new RedirectHop(new CorsRequest("https://a.test", "GET", url, [], CredentialsMode.Omit), null, answered)] },
            plain with { Redirects = new List<RedirectHop>() },
            plain with { Case = corsCase with { Name = "another case" } },
        ];
        foreach (var other in others)
        {
            var compact = CompactCaseResult.Of(other, corsCase);
            compact.IsKeptWhole.ShouldBeTrue();
            compact.Expand(corsCase).ShouldBeSameAs(other);
        }
    }

    [Fact]
    public async Task A_run_hands_rows_and_AllAsync_results_equal_to_those_the_cases_ended_with()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        var contract = ShopContract.For(TestAppKind.Correct);
        var runner = new ConformanceRunner(app.Client, new RunOptions { WebSocketConnector = app.ConnectWebSocketAsync });
        var cases = runner.Cases(contract);
        var originals = new CaseResult[cases.Count];
        var indexOf = cases.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i);
        var run = new MatrixRun(cases, async (c, token) =>
        {
            var result = await runner.RunCaseAsync(c, contract, token);
            originals[indexOf[c.Name]] = result;
            return result;
        }, maxConcurrency: 4);

        var all = await run.AllAsync();
        for (var i = 0; i < cases.Count; i++)
        {
            all[i].ShouldBe(originals[i]);
            (await run.ResultAsync(i)).ShouldBe(originals[i]);
        }
    }

    private static void ShouldShare(Exchange? back, Exchange? original)
    {
        if (original is null) { back.ShouldBeNull(); return; }
        back.ShouldNotBeNull();
        back.Response.ShouldBeSameAs(original.Response);
        back.Request.Headers.ShouldBeSameAs(original.Request.Headers);
        back.Request.Url.ShouldBeSameAs(original.Request.Url);
    }

    private static async Task<IReadOnlyList<CaseResult>> RunEachCaseAsync(TestAppKind kind)
    {
        await using var app = TestApp.StartInMemory(kind);
        var contract = ShopContract.For(kind);
        var runner = new ConformanceRunner(app.Client, new RunOptions { WebSocketConnector = app.ConnectWebSocketAsync });
        var results = new List<CaseResult>();
        foreach (var corsCase in runner.Cases(contract))
            results.Add(await runner.RunCaseAsync(corsCase, contract, TestContext.Current.CancellationToken));
        return results;
    }
}
