using CorsConformance.Browser;
using CorsConformance.Http;
using CorsConformance.Playwright.Pages;
using CorsConformance.Playwright.Session;
using CorsConformance.Playwright.WebSockets;

namespace CorsConformance.Playwright.Confirmation;

/// <summary>
/// Runs planned cases in Chromium: one fresh page per origin (or per case, for benchmarks), the cases of an origin issued in
/// batches, then waits (bounded) for Chromium's reasons for each rejected fetch.
/// </summary>
internal sealed class CaseRunner(BrowserSession session, BrowserConfirmerOptions options)
{
    /// <summary>How many origin pages run their batches at the same time.</summary>
    private const int MaxPagesAtOnce = 4;

    public async Task<BrowserObservation[]> ObserveAsync(Uri baseUrl, IReadOnlyList<PlannedCase> planned, CancellationToken ct)
    {
        var observed = new BrowserObservation[planned.Count];
        var indexed = planned.Select((p, i) => (Plan: p, Index: i)).ToList();

        foreach (var (plan, index) in indexed.Where(x => x.Plan.IsWebSocket))
        {
            var ws = await WebSocketProbe.OpenAsync(session, options, Urls.Combine(baseUrl, plan.Case.Path), plan.Case.Origin, ct).ConfigureAwait(false);
            observed[index] = Observations.FromWebSocket(ws);
        }

        var fetches = indexed.Where(x => !x.Plan.IsWebSocket).ToList();
        var groups = options.PagePerCase
            ? fetches.Select(x => (Origin: x.Plan.Request.Origin, Items: new List<(PlannedCase Plan, int Index)> { x })).ToList()
            : fetches.GroupBy(x => x.Plan.Request.Origin, StringComparer.Ordinal).Select(g => (Origin: g.Key, Items: g.ToList())).ToList();

        // Origins run side by side (each on its own page); page-per-case stays sequential, as a naive layer would be.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.PagePerCase ? 1 : MaxPagesAtOnce, CancellationToken = ct };
        await Parallel.ForEachAsync(groups, parallel, async (group, token) =>
        {
            OriginPage page;
            try
            {
                page = await OriginPage.OpenAsync(session.Browser, group.Origin, options).ConfigureAwait(false);
            }
            catch (OriginNotHostableException e)
            {
                foreach (var (plan, index) in group.Items)
                    observed[index] = Observations.NotMeasured(plan, e.Message);
                return;
            }
            catch (Microsoft.Playwright.PlaywrightException e)
            {
                // One origin Chromium cannot open (extension schemes, navigation errors) never stops the other origins.
                var reason = $"Chromium could not open a page at {group.Origin}: {e.Message.Split('\n')[0]}";
                foreach (var (plan, index) in group.Items)
                    observed[index] = Observations.NotMeasured(plan, reason);
                return;
            }
            await using (page.ConfigureAwait(false))
            {
                foreach (var batch in group.Items.Chunk(options.BatchSize))
                {
                    token.ThrowIfCancellationRequested();
                    var results = await RunBatchAsync(page, [.. batch.Select(b => b.Plan)], token).ConfigureAwait(false);
                    for (var i = 0; i < batch.Length; i++)
                        observed[batch[i].Index] = results[i];
                }
            }
        }).ConfigureAwait(false);
        return observed;
    }

    private async Task<BrowserObservation[]> RunBatchAsync(OriginPage page, List<PlannedCase> batch, CancellationToken ct)
    {
        var items = batch.Select(p => new FetchItem(
            p.Token,
            p.Request.Url.ToString(),
            p.Request.Method,
            [.. p.Request.Headers.Select(h => new[] { h.Name, h.Value })],
            p.Request.Credentials switch { CredentialsMode.Include => "include", CredentialsMode.Omit => "omit", _ => "same-origin" },
            ExchangeRecorder.FetchMethod(p.Request.Method) is "GET" or "HEAD" ? null : p.Request.Body,
            p.Candidates)).ToList();

        IReadOnlyList<FetchResult> results;
        try
        {
            results = await page.RunBatchAsync(items, options.RequestTimeout).ConfigureAwait(false);
        }
        catch (Microsoft.Playwright.PlaywrightException e)
        {
            return [.. batch.Select(p => Observations.NotMeasured(p, $"the page failed while running the batch: {e.Message.Split('\n')[0]}"))];
        }

        await WaitForReasonsAsync(page.Events, results, ct).ConfigureAwait(false);
        return [.. batch.Select((p, i) => Observations.FromFetch(page, p, results[i]))];
    }

    /// <summary>Chromium reports a rejected fetch's reason (DevTools event, console line) asynchronously: wait for both, bounded.</summary>
    private async Task WaitForReasonsAsync(BrowserEventLog events, IReadOnlyList<FetchResult> results, CancellationToken ct)
    {
        var pending = results.Where(r => !r.Ok && !r.Aborted).Select(r => events.For(r.Token)).ToList();
        var deadline = DateTime.UtcNow + options.ReasonTimeout;
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            pending.RemoveAll(e => e.ReasonComplete);
            if (pending.Count > 0)
                await Task.Delay(15, ct).ConfigureAwait(false);
        }
    }
}
