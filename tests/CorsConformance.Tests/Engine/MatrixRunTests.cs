using CorsConformance.Cases;
using CorsConformance.Probing;
using CorsConformance.Running;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Engine;

/// <summary>
/// The run behind the runner and the xunit front door: bounded workers, each case's result on its own, all of them in
/// case order, one case's exception failing that case alone, cancellation ending what has not run.
/// </summary>
public sealed class MatrixRunTests
{
    private static CorsCase[] Cases(int count) =>
        Enumerable.Range(0, count).Select(i => new CorsCase
        {
            Name = $"case {i}", Family = CaseFamily.Actual, Path = $"/r/{i}", Method = "GET", Origin = "https://a.test", Expected = ExpectedOutcome.Accepted,
        }).ToArray();

    private static CaseResult Passed(CorsCase corsCase) => new() { Case = corsCase, Outcome = CaseOutcome.Passed };

    [Fact]
    public async Task All_results_come_back_in_case_order_and_each_one_on_its_own()
    {
        var cases = Cases(300);
        // Later cases finish first: the order of the results must not depend on the order of finishing.
        var run = new MatrixRun(cases, async (c, _) => { await Task.Delay(int.Parse(c.Path[3..]) % 7); return Passed(c); }, maxConcurrency: 8);

        (await run.ResultAsync(299)).Case.ShouldBeSameAs(cases[299]);
        var all = await run.AllAsync();
        all.Select(r => r.Case).ShouldBe(cases);
        (await run.ResultAsync(0)).ShouldBe(all[0]);
        (await run.ResultAsync(150)).ShouldBe(all[150]);
        all.Count.ShouldBe(300);
        Should.Throw<ArgumentOutOfRangeException>(() => all[300]);
        all[7].ShouldNotBeSameAs(all[7], "each read expands its own copy: the run keeps only the compact results");
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => run.ResultAsync(300));
    }

    [Fact]
    public async Task Never_more_cases_run_at_once_than_allowed_and_each_runs_once()
    {
        var running = 0;
        var most = 0;
        var runs = new int[100];
        var run = new MatrixRun(Cases(100), async (c, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Interlocked.Increment(ref runs[int.Parse(c.Path[3..])]);
            await Task.Delay(2);
            Interlocked.Decrement(ref running);
            return Passed(c);
        }, maxConcurrency: 3);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(run.ResultAsync));
        (await run.AllAsync()).Count.ShouldBe(100);

        most.ShouldBeLessThanOrEqualTo(3);
        most.ShouldBeGreaterThan(1); // it did run cases side by side
        runs.ShouldAllBe(n => n == 1);
    }

    [Fact]
    public async Task A_shared_gate_bounds_two_runs_together()
    {
        using var gate = new SemaphoreSlim(2);
        var running = 0;
        var most = 0;
        Func<CorsCase, CancellationToken, ValueTask<CaseResult>> body = async (c, _) =>
        {
            InterlockedMax(ref most, Interlocked.Increment(ref running));
            await Task.Delay(2);
            Interlocked.Decrement(ref running);
            return Passed(c);
        };
        var first = new MatrixRun(Cases(40), body, maxConcurrency: 2, gate);
        var second = new MatrixRun(Cases(40), body, maxConcurrency: 2, gate);

        await Task.WhenAll(first.AllAsync(), second.AllAsync());

        most.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_case_that_throws_fails_alone_and_the_whole_run_reports_it()
    {
        var cases = Cases(20);
        var run = new MatrixRun(cases, (c, _) => c == cases[7] ? throw new InvalidOperationException("case 7 broke") : ValueTask.FromResult(Passed(c)), maxConcurrency: 4);

        (await Should.ThrowAsync<InvalidOperationException>(() => run.ResultAsync(7))).Message.ShouldBe("case 7 broke");
        (await run.ResultAsync(8)).Outcome.ShouldBe(CaseOutcome.Passed);
        (await Should.ThrowAsync<InvalidOperationException>(() => run.AllAsync())).Message.ShouldBe("case 7 broke");
        // Asked again after the run ended: still that case's own error.
        (await Should.ThrowAsync<InvalidOperationException>(() => run.ResultAsync(7))).Message.ShouldBe("case 7 broke");
    }

    [Fact]
    public async Task The_completion_callback_sees_every_result_and_its_exception_fails_that_case()
    {
        var cases = Cases(10);
        var seen = new System.Collections.Concurrent.ConcurrentBag<CorsCase>();
        var run = new MatrixRun(cases, (c, _) => ValueTask.FromResult(Passed(c)), maxConcurrency: 3,
            onCompleted: r => { if (r.Case == cases[3]) throw new InvalidOperationException("progress display broke"); seen.Add(r.Case); });

        await Should.ThrowAsync<InvalidOperationException>(() => run.AllAsync());
        seen.Count.ShouldBe(9);
        (await run.ResultAsync(4)).Case.ShouldBeSameAs(cases[4]);
    }

    [Fact]
    public async Task Cancelling_ends_the_cases_not_yet_run_as_canceled_and_runs_no_more()
    {
        using var stop = new CancellationTokenSource();
        var started = 0;
        var run = new MatrixRun(Cases(50), async (c, token) =>
        {
            if (Interlocked.Increment(ref started) == 5) await stop.CancelAsync();
            await Task.Delay(1, token);
            return Passed(c);
        }, maxConcurrency: 2, cancellationToken: stop.Token);

        await Should.ThrowAsync<OperationCanceledException>(() => run.AllAsync());
        await Should.ThrowAsync<OperationCanceledException>(() => run.ResultAsync(49));
        started.ShouldBeLessThanOrEqualTo(6); // the two running when it was cancelled, at most
    }

    [Fact]
    public async Task A_run_without_cases_ends_at_once_with_none()
    {
        (await new MatrixRun([], (c, _) => ValueTask.FromResult(Passed(c)), maxConcurrency: 8).AllAsync()).ShouldBeEmpty();
    }

    [Fact]
    public void Result_chunks_hand_back_each_result_by_position_and_refuse_more_than_their_capacity()
    {
        var cases = Cases(ResultChunks.ChunkSize * 2 + 3);
        var chunks = new ResultChunks(cases.Length);
        foreach (var c in cases) chunks.Append(CompactCaseResult.Of(Passed(c), c));

        chunks.Count.ShouldBe(cases.Length);
        Enumerable.Range(0, cases.Length).Select(i => chunks[i].Expand(cases[i])).ShouldBe(cases.Select(Passed));
        Should.Throw<InvalidOperationException>(() => chunks.Append(CompactCaseResult.Of(Passed(cases[0]), cases[0])));
        Should.Throw<ArgumentOutOfRangeException>(() => chunks[cases.Length].IsKeptWhole);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}
