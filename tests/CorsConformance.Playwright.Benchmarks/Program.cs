using System.Diagnostics;
using System.Globalization;
using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;
using CorsConformance.Playwright;
using CorsConformance.Playwright.Confirmation;
using CorsConformance.Playwright.Tests.Server;

// Throughput of the real-browser layer after launch:
//   batched        one page per origin, cases issued together (Promise.all, BatchSize per evaluate)
//   page per case  a fresh context + page for every case (what a naive layer would do)
//   full pipeline  batched, plus recording each case with HttpClient and the engine's verdict (what ConfirmAsync does by default)
var cases = IntArg("--cases", 600);
var perCaseCases = IntArg("--page-per-case-cases", 60);

await using var server = await BehaviourServer.StartAsync();
var paths = new[]
{
    server.Register(Behaviours.Correct()),
    server.Register(Behaviours.PreflightStatus(405)),
    server.Register(Behaviours.DuplicateAcao()),
    server.Register(Behaviours.WildcardWithCredentials()),
    server.Register(Behaviours.MissingAllowMethods()),
};

var launchWatch = Stopwatch.StartNew();
await using var confirmer = await BrowserConfirmer.StartAsync(new BrowserConfirmerOptions { RecordForEngine = false });
launchWatch.Stop();
Console.WriteLine($"Chromium {confirmer.BrowserVersion} at {confirmer.ExecutablePath}; launch {launchWatch.Elapsed.TotalMilliseconds:0} ms");
Console.WriteLine($"{Environment.ProcessorCount} cores; server {server.BaseUrl}");

var batched = confirmer.With(confirmer.Options with { RecordForEngine = false });
var perCase = confirmer.With(confirmer.Options with { RecordForEngine = false, PagePerCase = true });
var full = confirmer.With(confirmer.Options with { RecordForEngine = true });

await batched.ConfirmAsync(server.BaseUrl, Make(20)); // warm-up: page creation, JIT, connections

var rows = new List<(string Mode, int Cases, TimeSpan Elapsed, int Blocked)>
{
    await Measure("batched (1 page/origin)", batched, cases),
    await Measure("page per case", perCase, perCaseCases),
    await Measure("full pipeline, batched", full, cases),
};

Console.WriteLine();
Console.WriteLine($"{"mode",-26} {"cases",6} {"seconds",8} {"cases/s",8} {"blocked",8}");
foreach (var (mode, n, elapsed, blocked) in rows)
    Console.WriteLine($"{mode,-26} {n,6} {elapsed.TotalSeconds,8:0.00} {n / elapsed.TotalSeconds,8:0.0} {blocked,8}");
var speedup = rows[0].Cases / rows[0].Elapsed.TotalSeconds / (rows[1].Cases / rows[1].Elapsed.TotalSeconds);
Console.WriteLine($"batched is {speedup:0.0}x faster than one page per case");
return 0;

async Task<(string, int, TimeSpan, int)> Measure(string mode, BrowserConfirmer c, int n)
{
    var list = Make(n);
    var watch = Stopwatch.StartNew();
    var results = await c.ConfirmAsync(server.BaseUrl, list);
    watch.Stop();
    var notMeasured = results.Count(r => r.Browser.Outcome == BrowserOutcome.NotMeasured);
    if (notMeasured > 0)
        throw new InvalidOperationException($"{mode}: {notMeasured} cases not measured, e.g. {results.First(r => r.Browser.Outcome == BrowserOutcome.NotMeasured).Browser.Note}");
    return (mode, n, watch.Elapsed, results.Count(r => r.Browser.Outcome == BrowserOutcome.Blocked));
}

List<CorsCase> Make(int n) => [.. Enumerable.Range(0, n).Select(i => new CorsCase
{
    Name = $"case {i}",
    Family = i % 2 == 0 ? CaseFamily.Preflight : CaseFamily.Actual,
    Path = paths[i % paths.Length],
    Method = i % 2 == 0 ? "PUT" : "GET",
    Origin = "https://app.example.com",
    Credentials = i % 3 == 0 ? CredentialsMode.Include : CredentialsMode.SameOrigin,
    Headers = i % 2 == 0 ? [new HeaderLine("Content-Type", "application/json")] : [],
    Body = i % 2 == 0 ? "{}" : null,
    Expected = ExpectedOutcome.Accepted,
})];

int IntArg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
