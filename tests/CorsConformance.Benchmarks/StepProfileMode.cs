using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Findings;
using CorsConformance.Http;
using CorsConformance.Probing;

namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile</c> with no other mode switch: where the engine's time goes beyond the bare sends, one sub-step at a
/// time (the browser model and judges over one run's recorded results, recording, sends, whole matrices), sequentially
/// (one request in flight) so the steps do not blur into each other, then at concurrency 8. Stopwatch sampling: medians
/// of <c>--iterations</c> rounds (see <see cref="StepTimer"/>), after what one run's results keep alive.
/// </summary>
internal static class StepProfileMode
{
    public static async Task RunAsync(MatrixBench bench, int rounds)
    {
        var results = (await bench.Engine.RunCasesAsync().ConfigureAwait(false)).ToArray();
        var exchanges = results.SelectMany(Exchanges).ToArray();
        var baseUrl = new Uri("http://localhost/");
        var sender = new ExchangeSender(bench.Client, TimeSpan.FromSeconds(10), 0, new HashSet<string>());
        var templates = exchanges.Select(e => ExchangeTemplate.From(e.Request)).ToArray();
        var sequentialEngine = new EngineRuns(bench.Client, ShopMatrix.Contract(), ShopMatrix.Options with { MaxConcurrency = 1 });
        var sequentialBare = new BareReplay(bench.Client, bench.Bare.PerCase, 1);
        var step = new StepTimer(rounds);

        Console.WriteLine($"{results.Length} cases, {exchanges.Length} recorded exchanges (Vary controls not included); medians of {rounds} rounds");
        await RetainedAsync(bench).ConfigureAwait(false);
        var contract = ShopMatrix.Contract();
        await step.TimeAsync("contract expansion (CaseMatrix.Expand, the runner does it every run)", () => { _ = Cases.CaseMatrix.Expand(contract); return Task.CompletedTask; }).ConfigureAwait(false);
        await step.TimeAsync("model + judges only (no I/O)", () => { ProfileWorkloads.ModelAndJudges(results, baseUrl); return Task.CompletedTask; }).ConfigureAwait(false);
        var requests = results.Select(r => r.Case.ToRequest(baseUrl)).ToArray();
        var preflighted = results.Select((r, i) => (r, i)).Where(x => x.r.Preflight is not null).Select(x => (Request: requests[x.i], Response: x.r.Preflight!.Response!)).ToArray();
        await step.TimeAsync("  CorsCase.ToRequest", () => { foreach (var r in results) _ = r.Case.ToRequest(baseUrl); return Task.CompletedTask; }).ConfigureAwait(false);
        await step.TimeAsync("  BrowserModel.NeedsPreflight", () => { foreach (var r in requests) _ = BrowserModel.NeedsPreflight(r); return Task.CompletedTask; }).ConfigureAwait(false);
        await step.TimeAsync("  BrowserModel.EvaluatePreflight", () => { foreach (var (r, p) in preflighted) _ = BrowserModel.EvaluatePreflight(r, p); return Task.CompletedTask; }).ConfigureAwait(false);
        await step.TimeAsync("  BrowserModel.Evaluate (whole fetch)", () =>
        {
            for (var i = 0; i < results.Length; i++)
                if (results[i].Case.Expected == ExpectedOutcome.Accepted) _ = BrowserModel.Evaluate(requests[i], results[i].Preflight?.Response, results[i].Actual?.Response);
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        await step.TimeAsync("  judges", () =>
        {
            for (var i = 0; i < results.Length; i++)
            {
                var result = results[i];
                _ = result.Case.Expected == ExpectedOutcome.Accepted
                    ? AllowedOriginJudge.Judge(result.Case, requests[i], result.Preflight, result.Actual, result.Case.Family == CaseFamily.Vary ? result.Actual : null, [])
                    : AttackerOriginJudge.Judge(result.Case, requests[i], result.Preflight, result.Actual);
            }
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        await step.TimeAsync("  attacker judge only", () =>
        {
            for (var i = 0; i < results.Length; i++)
                if (results[i].Case.Expected == ExpectedOutcome.Blocked) _ = AttackerOriginJudge.Judge(results[i].Case, requests[i], results[i].Preflight, results[i].Actual);
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        await step.TimeAsync("ResponseRecorder-equivalent: RecordedRequest/Exchange allocs", () => { Records(exchanges); return Task.CompletedTask; }).ConfigureAwait(false);
        await step.TimeAsync("sends: bare HttpClient, sequential", () => BareSends(bench.Client, templates)).ConfigureAwait(false);
        await step.TimeAsync("sends: engine ExchangeSender, sequential", () => EngineSends(sender, exchanges)).ConfigureAwait(false);
        await step.TimeAsync("sends: bare HttpClient, concurrency 8", () => Gated(templates, async t => { using var request = t.ToMessage(); using var response = await bench.Client.SendAsync(request).ConfigureAwait(false); })).ConfigureAwait(false);
        await step.TimeAsync("sends: engine ExchangeSender, concurrency 8", () => Gated(exchanges, e => sender.SendAsync(e.Request.Method, e.Request.Url, e.Request.Headers, e.Request.Body, CancellationToken.None).AsTask())).ConfigureAwait(false);
        await step.TimeAsync("matrix: bare replay, concurrency 1", () => sequentialBare.ReplayAsync()).ConfigureAwait(false);
        await step.TimeAsync("matrix: engine per case, concurrency 1", () => sequentialEngine.RunCasesAsync()).ConfigureAwait(false);
        await step.TimeAsync("matrix: bare replay, concurrency 8", () => bench.Bare.ReplayAsync()).ConfigureAwait(false);
        await step.TimeAsync("matrix: engine per case, concurrency 8", () => bench.Engine.RunCasesAsync()).ConfigureAwait(false);
    }

    // What the results of one run keep alive (they live until the run ends: the GC promotes them).
    public static async Task RetainedAsync(MatrixBench bench)
    {
        var empty = GC.GetTotalMemory(forceFullCollection: true);
        using var gate = new SemaphoreSlim(ShopMatrix.Options.MaxConcurrency);
        var run = await bench.Engine.RunRowsAsync(gate).ConfigureAwait(false);
        var rowsRead = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"a run whose rows have all been read retains {(rowsRead - empty) / 1024.0:0} KB ({(rowsRead - empty) / bench.CaseCount} bytes per case: compact results, recording pool)");
        var held = (await run.AllAsync().ConfigureAwait(false)).ToArray();
        var full = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"with a copy of every result held as well (a report keeps them so): {(full - empty) / 1024.0:0} KB ({(full - empty) / held.Length} bytes per case)");
        var exchanges = held.SelectMany(Exchanges).ToArray();
        Console.WriteLine($"distinct instances kept: {exchanges.Length} exchanges, {exchanges.Select(e => e.Request).Distinct(ReferenceEqualityComparer.Instance).Count()} requests, " +
                          $"{exchanges.Select(e => e.Response).Distinct(ReferenceEqualityComparer.Instance).Count()} responses, " +
                          $"{held.Select(r => r.Verdict).Distinct(ReferenceEqualityComparer.Instance).Count()} verdicts, {held.Count(r => r.Findings.Count > 0)} results with findings");
        GC.KeepAlive(held);
        GC.KeepAlive(run);
    }

    private static IEnumerable<Exchange> Exchanges(CaseResult result)
    {
        if (result.Preflight is { } preflight) yield return preflight;
        if (result.Actual is { } actual) yield return actual;
    }

    private static void Records(IReadOnlyList<Exchange> exchanges)
    {
        foreach (var exchange in exchanges)
        {
            var request = new RecordedRequest(exchange.Request.Method, exchange.Request.Url, exchange.Request.Headers, exchange.Request.Body);
            _ = new Exchange(request, new RecordedResponse(exchange.Response!.Status, [.. exchange.Response.Headers]), null, TimeSpan.Zero);
        }
    }

    private static async Task Gated<T>(IReadOnlyList<T> items, Func<T, Task> send)
    {
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try { await send(item).ConfigureAwait(false); }
            finally { gate.Release(); }
        })).ConfigureAwait(false);
    }

    private static async Task BareSends(HttpClient client, IReadOnlyList<ExchangeTemplate> templates)
    {
        foreach (var template in templates)
        {
            using var request = template.ToMessage();
            using var response = await client.SendAsync(request).ConfigureAwait(false);
        }
    }

    private static async Task EngineSends(ExchangeSender sender, IReadOnlyList<Exchange> exchanges)
    {
        foreach (var exchange in exchanges)
            _ = await sender.SendAsync(exchange.Request.Method, exchange.Request.Url, exchange.Request.Headers, exchange.Request.Body, CancellationToken.None).ConfigureAwait(false);
    }
}
