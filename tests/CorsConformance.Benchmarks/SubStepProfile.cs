using System.Diagnostics;
using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Findings;
using CorsConformance.Http;
using CorsConformance.Probing;
using CorsConformance.Running;

namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile</c>: where the engine's time goes beyond the bare sends, one sub-step at a time, sequentially (one
/// request in flight) so the steps do not blur into each other. Stopwatch sampling: medians of whole-matrix rounds.
/// </summary>
internal static class SubStepProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.SkipWhile(a => a != "--iterations").Skip(1).Select(int.Parse).FirstOrDefault(9);
        await using var bench = await MatrixBench.StartAsync(Console.Out).ConfigureAwait(false);
        if (args.Contains("--model-bytes"))
        {
            var all = await bench.Engine.RunCasesAsync().ConfigureAwait(false);
            var root = new Uri("http://localhost/");
            foreach (var result in all.Where(r => r.Preflight is not null && r.Actual is not null).Take(2).Concat(all.Where(r => r.Preflight is null && r.Case.Expected == ExpectedOutcome.Accepted).Take(2)))
            {
                var request = result.Case.ToRequest(root);
                var requirement = BrowserModel.NeedsPreflight(request);
                Console.WriteLine(result.Case.Name);
                Bytes("  PreflightTrigger.Evaluate", () => PreflightTrigger.Evaluate(request));
                if (result.Preflight is { } pre)
                {
                    Bytes("  PreflightCheck.Evaluate", () => PreflightCheck.Evaluate(request, requirement, pre.Response!));
                    Bytes("    AllowListParser ACAM", () => AllowListParser.Parse(pre.Response!, "Access-Control-Allow-Methods"));
                    Bytes("    CorsCheck.Run", () => CorsCheck.Run(pre.Response!, request.Origin, request.IsCredentialed));
                }
                Bytes("  ActualResponseCheck.Evaluate", () => ActualResponseCheck.Evaluate(request, result.Actual!.Response!));
                Bytes("    ReadableNames", () => ResponseHeaderExposure.ReadableNames(result.Actual!.Response!, request.IsCredentialed));
                Bytes("  AllowedOriginJudge.Judge (requirement given)", () => AllowedOriginJudge.Judge(result.Case, request, result.Preflight, result.Actual, result.Actual, [], requirement));
                Bytes("  ToRequest", () => result.Case.ToRequest(root));
            }
            return 0;

            static void Bytes(string what, Func<object?> step)
            {
                step();
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 100; i++) step();
                Console.WriteLine($"{what,-48} {(GC.GetAllocatedBytesForCurrentThread() - before) / 100,6} B");
            }
        }
        if (args.Contains("--record-cost"))
        {
            foreach (var template in bench.Bare.PerCase[1].Concat(bench.Bare.PerCase[5]))
            {
                using var request = template.ToMessage();
                using var response = await bench.Client.SendAsync(request).ConfigureAwait(false);
                var first = GC.GetAllocatedBytesForCurrentThread();
                var recorded = ResponseRecorder.Record(response);
                var once = GC.GetAllocatedBytesForCurrentThread() - first;
                first = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 100; i++) ResponseRecorder.Record(response);
                var again = (GC.GetAllocatedBytesForCurrentThread() - first) / 100;
                Console.WriteLine($"{request.Method} {request.RequestUri}: {recorded.Headers.Count} lines, Record allocates {once} B (then {again} B): " +
                                  string.Join(" | ", recorded.Headers));
            }
            return 0;
        }
        if (args.SkipWhile(a => a != "--alloc").Skip(1).FirstOrDefault() is { } sampled)
        {
            using var sampler = new AllocationSampler();
            Func<Task> run = sampled == "bare" ? () => bench.BareReplayAsync() : () => bench.EngineMatrixAsync();
            for (var i = 0; i < 20; i++) await run().ConfigureAwait(false);
            sampler.Recording = true;
            for (var i = 0; i < rounds; i++) await run().ConfigureAwait(false);
            sampler.Recording = false;
            Console.WriteLine($"{sampled}: allocation ticks (~100 KB each) per run, by type:");
            foreach (var (type, ticks) in sampler.Top(30))
                Console.WriteLine($"  {ticks / (double)rounds,7:0.00}  {type}");
            Console.WriteLine($"  {sampler.Total / (double)rounds,7:0.00}  total");
            return 0;
        }
        if (args.SkipWhile(a => a != "--gcreasons").Skip(1).FirstOrDefault() is { } why)
        {
            using var sampler = new GcReasonSampler();
            Func<Task> run = why switch
            {
                "bare" => () => bench.BareReplayAsync(),
                "engine-discard" => () => DiscardingAsync(bench.Engine),
                _ => () => bench.EngineMatrixAsync(),
            };
            for (var i = 0; i < 100; i++) await run().ConfigureAwait(false);
            sampler.Recording = true;
            for (var i = 0; i < rounds * 10; i++) await run().ConfigureAwait(false);
            sampler.Recording = false;
            Console.WriteLine($"{why}: GCs in {rounds * 10} runs, by condemn reason:");
            foreach (var (reason, count) in sampler.Counts) Console.WriteLine($"  {count,6}  {reason}");
            return 0;
        }
        if (args.Contains("--hold"))
        {
            GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
            Console.WriteLine($"pid {Environment.ProcessId}: empty"); await Task.Delay(15000).ConfigureAwait(false);
            var held = await bench.Engine.RunCasesAsync().ConfigureAwait(false);
            GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
            Console.WriteLine($"pid {Environment.ProcessId}: held"); await Task.Delay(15000).ConfigureAwait(false);
            GC.KeepAlive(held);
            return 0;
        }
        if (args.SkipWhile(a => a != "--loop").Skip(1).FirstOrDefault() == "model")
        {
            // The model and judges alone, over one run's recorded results, for an outside sampler.
            var recorded = await bench.Engine.RunCasesAsync().ConfigureAwait(false);
            var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(int.Parse).FirstOrDefault(10);
            var clock = Stopwatch.StartNew();
            var done = 0;
            for (; clock.Elapsed.TotalSeconds < seconds; done++) ModelAndJudges(recorded, new Uri("http://localhost/"));
            Console.WriteLine($"model: {done} rounds in {clock.Elapsed.TotalSeconds:0.0} s, {clock.Elapsed.TotalMilliseconds / done:0.00} ms each");
            return 0;
        }
        if (args.SkipWhile(a => a != "--loop").Skip(1).FirstOrDefault() is { } only)
        {
            // For an outside sampler (perf with DOTNET_PerfMapEnabled=1): one side only, for --seconds.
            var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(int.Parse).FirstOrDefault(10);
            var until = Stopwatch.StartNew();
            var count = 0;
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            var lastThird = new List<double>();
            var window = new List<double>();
            using var self = Process.GetCurrentProcess();
            var cpuAtThird = TimeSpan.Zero;
            var runsAtThird = 0;
            var nextReport = 2.0;
            while (until.Elapsed.TotalSeconds < seconds)
            {
                var one = Stopwatch.StartNew();
                if (only == "bare") await bench.BareReplayAsync().ConfigureAwait(false);
                else if (only.StartsWith("bare-keep")) await BareKeepingAsync(bench, int.Parse(only["bare-keep".Length..])).ConfigureAwait(false);
                else if (only == "engine-discard") await DiscardingAsync(bench.Engine).ConfigureAwait(false);
                else if (only == "engine-workers") await EngineWorkersAsync(bench.Engine).ConfigureAwait(false);
                else if (only == "bare-workers") await BareWorkersAsync(bench).ConfigureAwait(false);
                else if (only == "runner") await bench.EngineRunnerAsync().ConfigureAwait(false);
                else await bench.EngineMatrixAsync().ConfigureAwait(false);
                if (until.Elapsed.TotalSeconds > seconds * 2 / 3.0)
                {
                    if (lastThird.Count == 0) { self.Refresh(); cpuAtThird = self.TotalProcessorTime; runsAtThird = count; }
                    lastThird.Add(one.Elapsed.TotalMilliseconds);
                }
                window.Add(one.Elapsed.TotalMilliseconds);
                if (until.Elapsed.TotalSeconds >= nextReport)
                {
                    window.Sort();
                    Console.WriteLine($"  {until.Elapsed.TotalSeconds,5:0.0} s: {window.Count,3} runs, median {window[window.Count / 2],6:0.0} ms");
                    window.Clear();
                    nextReport += 2;
                }
                count++;
            }
            lastThird.Sort();
            self.Refresh();
            Console.WriteLine($"{only}: last third of the time: cpu {(self.TotalProcessorTime - cpuAtThird).TotalMilliseconds / (count - runsAtThird):0.00} ms per run");
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            Console.WriteLine($"{only}: heap {info.HeapSizeBytes / 1048576.0:0.0} MB (gen2 {info.GenerationInfo[2].SizeAfterBytes / 1048576.0:0.0} MB after the last GC), " +
                              $"last GC gen{info.Generation}, {(info.Concurrent ? "background" : "blocking")}, pause {info.PauseDurations[0].TotalMilliseconds:0.0} ms, " +
                              $"pinned {info.PinnedObjectsCount}, promoted {info.PromotedBytes / 1024} KB, gen1 {info.GenerationInfo[1].SizeAfterBytes / 1024} KB ({info.GenerationInfo[1].FragmentationAfterBytes / 1024} KB free), gen0 {info.GenerationInfo[0].SizeAfterBytes / 1024} KB ({info.GenerationInfo[0].FragmentationAfterBytes / 1024} KB free)");
            Console.WriteLine($"{only}: last third of the time: {lastThird.Count} runs, median {lastThird[lastThird.Count / 2]:0.0} ms, min {lastThird[0]:0.0} ms");
            Console.WriteLine($"{only}: {count} matrix runs in {until.Elapsed.TotalSeconds:0.0} s, {until.Elapsed.TotalMilliseconds / count:0.0} ms each; per run: " +
                $"gen0 {(GC.CollectionCount(0) - gcBefore.Item1) / (double)count:0.0}, gen1 {(GC.CollectionCount(1) - gcBefore.Item2) / (double)count:0.00}, gen2 {(GC.CollectionCount(2) - gcBefore.Item3) / (double)count:0.00} GCs, " +
                $"GC pause {(GC.GetTotalPauseDuration() - gcBefore.Item4).TotalMilliseconds / count:0.0} ms, {(GC.GetTotalAllocatedBytes() - gcBefore.Item5) / count / 1048576.0:0.0} MB allocated");
            return 0;
        }
        var results = await bench.Engine.RunCasesAsync().ConfigureAwait(false);
        var exchanges = results.SelectMany(Exchanges).ToArray();
        var baseUrl = new Uri("http://localhost/");
        var sender = new ExchangeSender(bench.Client, TimeSpan.FromSeconds(10), 0, new HashSet<string>());
        var templates = exchanges.Select(e => ExchangeTemplate.From(e.Request)).ToArray();
        var sequentialEngine = new EngineRuns(bench.Client, ShopMatrix.Contract(), ShopMatrix.Options with { MaxConcurrency = 1 });
        var sequentialBare = new BareReplay(bench.Client, bench.Bare.PerCase, 1);

        Console.WriteLine($"{results.Length} cases, {exchanges.Length} recorded exchanges (Vary controls not included); medians of {rounds} rounds");
        await RetainedAsync(bench).ConfigureAwait(false);
        await Step("model + judges only (no I/O)", () => { ModelAndJudges(results, baseUrl); return Task.CompletedTask; });
        var requests = results.Select(r => r.Case.ToRequest(baseUrl)).ToArray();
        var preflighted = results.Select((r, i) => (r, i)).Where(x => x.r.Preflight is not null).Select(x => (Request: requests[x.i], Response: x.r.Preflight!.Response!)).ToArray();
        await Step("  CorsCase.ToRequest", () => { foreach (var r in results) _ = r.Case.ToRequest(baseUrl); return Task.CompletedTask; });
        await Step("  BrowserModel.NeedsPreflight", () => { foreach (var r in requests) _ = BrowserModel.NeedsPreflight(r); return Task.CompletedTask; });
        await Step("  BrowserModel.EvaluatePreflight", () => { foreach (var (r, p) in preflighted) _ = BrowserModel.EvaluatePreflight(r, p); return Task.CompletedTask; });
        await Step("  BrowserModel.Evaluate (whole fetch)", () =>
        {
            for (var i = 0; i < results.Length; i++)
                if (results[i].Case.Expected == ExpectedOutcome.Accepted) _ = BrowserModel.Evaluate(requests[i], results[i].Preflight?.Response, results[i].Actual?.Response);
            return Task.CompletedTask;
        });
        await Step("  judges", () =>
        {
            for (var i = 0; i < results.Length; i++)
            {
                var result = results[i];
                _ = result.Case.Expected == ExpectedOutcome.Accepted
                    ? AllowedOriginJudge.Judge(result.Case, requests[i], result.Preflight, result.Actual, result.Case.Family == CaseFamily.Vary ? result.Actual : null, [])
                    : AttackerOriginJudge.Judge(result.Case, requests[i], result.Preflight, result.Actual);
            }
            return Task.CompletedTask;
        });
        await Step("  attacker judge only", () =>
        {
            for (var i = 0; i < results.Length; i++)
                if (results[i].Case.Expected == ExpectedOutcome.Blocked) _ = AttackerOriginJudge.Judge(results[i].Case, requests[i], results[i].Preflight, results[i].Actual);
            return Task.CompletedTask;
        });
        await Step("ResponseRecorder-equivalent: RecordedRequest/Exchange allocs", () => { Records(exchanges); return Task.CompletedTask; });
        await Step("sends: bare HttpClient, sequential", () => BareSends(bench.Client, templates));
        await Step("sends: engine ExchangeSender, sequential", () => EngineSends(sender, exchanges));
        await Step("sends: bare HttpClient, concurrency 8", () => Gated(templates, async t => { using var request = t.ToMessage(); using var response = await bench.Client.SendAsync(request).ConfigureAwait(false); }));
        await Step("sends: engine ExchangeSender, concurrency 8", () => Gated(exchanges, e => sender.SendAsync(e.Request.Method, e.Request.Url, e.Request.Headers, e.Request.Body, CancellationToken.None)));
        await Step("matrix: bare replay, concurrency 1", () => sequentialBare.ReplayAsync());
        await Step("matrix: engine per case, concurrency 1", () => sequentialEngine.RunCasesAsync());
        await Step("matrix: bare replay, concurrency 8", () => bench.Bare.ReplayAsync());
        await Step("matrix: engine per case, concurrency 8", () => bench.Engine.RunCasesAsync());
        return 0;

        async Task Step(string name, Func<Task> run)
        {
            for (var i = 0; i < 2; i++) await run().ConfigureAwait(false);
            var times = new List<double>();
            var cpu = new List<double>();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            using var process = Process.GetCurrentProcess();
            for (var i = 0; i < rounds; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                await run().ConfigureAwait(false);
                times.Add(watch.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
            var perRound = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / rounds / 1024.0 / 1024.0;
            times.Sort();
            cpu.Sort();
            Console.WriteLine($"{name,-48} {times[times.Count / 2],8:0.00} ms  (min {times[0],6:0.00})  cpu {cpu[cpu.Count / 2],7:0.0} ms  {perRound,6:0.0} MB/round");
        }
    }

    // Diagnostic: the engine's per-case path, each result dropped as soon as it is counted (what keeping them costs the GC).
    private static async Task DiscardingAsync(EngineRuns engine)
    {
        var passed = 0;
        var runner = new ConformanceRunner(engine.Client, ShopMatrix.Options);
        using var gate = new SemaphoreSlim(ShopMatrix.Options.MaxConcurrency);
        await Task.WhenAll(engine.Cases.Select(async corsCase =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if ((await runner.RunCaseAsync(corsCase, engine.Contract).ConfigureAwait(false)).Outcome == CaseOutcome.Passed)
                    Interlocked.Increment(ref passed);
            }
            finally { gate.Release(); }
        })).ConfigureAwait(false);
        if (passed != engine.Cases.Count) throw new MatrixBrokenException($"{engine.Cases.Count - passed} cases did not pass");
    }

    private static async Task<CaseResult[]> EngineWorkersAsync(EngineRuns engine)
    {
        var runner = new ConformanceRunner(engine.Client, ShopMatrix.Options);
        var results = new CaseResult[engine.Cases.Count];
        var next = -1;
        var workers = new Task[ShopMatrix.Options.MaxConcurrency];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < results.Length)
                    results[i] = await runner.RunCaseAsync(engine.Cases[i], engine.Contract).ConfigureAwait(false);
            });
        }
        await Task.WhenAll(workers).ConfigureAwait(false);
        if (results.Any(r => r.Outcome != CaseOutcome.Passed)) throw new MatrixBrokenException("a case did not pass");
        return results;
    }

    private static async Task BareWorkersAsync(MatrixBench bench)
    {
        var perCase = bench.Bare.PerCase;
        var next = -1;
        var workers = new Task[ShopMatrix.Options.MaxConcurrency];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < perCase.Length)
                {
                    foreach (var template in perCase[i])
                    {
                        using var request = template.ToMessage();
                        using var response = await bench.Client.SendAsync(request).ConfigureAwait(false);
                        if ((int)response.StatusCode != template.Status) throw new MatrixBrokenException("status differs");
                    }
                }
            });
        }
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private static async Task BareKeepingAsync(MatrixBench bench, int objectsPerRequest)
    {
        var kept = new System.Collections.Concurrent.ConcurrentBag<object[]>();
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(bench.Bare.PerCase.Select(async requests =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                foreach (var template in requests)
                {
                    using var request = template.ToMessage();
                    using var response = await bench.Client.SendAsync(request).ConfigureAwait(false);
                    var junk = new object[objectsPerRequest];
                    for (var i = 0; i < junk.Length; i++) junk[i] = new byte[40];
                    kept.Add(junk);
                }
            }
            finally { gate.Release(); }
        })).ConfigureAwait(false);
        GC.KeepAlive(kept);
    }

    // What the results of one run keep alive (they live until the run ends: the GC promotes them).
    private static async Task RetainedAsync(MatrixBench bench)
    {
        var empty = GC.GetTotalMemory(forceFullCollection: true);
        var held = await bench.Engine.RunCasesAsync().ConfigureAwait(false);
        var full = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"results of one run retain {(full - empty) / 1024.0:0} KB ({(full - empty) / held.Length} bytes per case)");
        var exchanges = held.SelectMany(Exchanges).ToArray();
        Console.WriteLine($"distinct instances kept: {exchanges.Length} exchanges, {exchanges.Select(e => e.Request).Distinct(ReferenceEqualityComparer.Instance).Count()} requests, " +
                          $"{exchanges.Select(e => e.Response).Distinct(ReferenceEqualityComparer.Instance).Count()} responses, " +
                          $"{held.Select(r => r.Verdict).Distinct(ReferenceEqualityComparer.Instance).Count()} verdicts, {held.Count(r => r.Findings.Count > 0)} results with findings");
        GC.KeepAlive(held);
    }

    private static IEnumerable<Exchange> Exchanges(CaseResult result)
    {
        if (result.Preflight is { } preflight) yield return preflight;
        if (result.Actual is { } actual) yield return actual;
    }

    private static void ModelAndJudges(IReadOnlyList<CaseResult> results, Uri baseUrl)
    {
        foreach (var result in results)
        {
            // The probe's flow: requirement and preflight verdict once, handed to the judge.
            var corsCase = result.Case;
            var request = corsCase.ToRequest(baseUrl);
            var requirement = BrowserModel.NeedsPreflight(request);
            BrowserVerdict? preflightVerdict = null;
            if (requirement.Required && result.Preflight is { } preflight)
                preflightVerdict = BrowserModel.CheckPreflight(request, requirement, preflight.Response!);
            _ = corsCase.Expected == ExpectedOutcome.Accepted
                ? AllowedOriginJudge.Judge(corsCase, request, result.Preflight, result.Actual, corsCase.Family == CaseFamily.Vary ? result.Actual : null, [], requirement, preflightVerdict)
                : AttackerOriginJudge.Judge(corsCase, request, result.Preflight, result.Actual, requirement);
        }
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
