namespace CorsConformance.Benchmarks;

/// <summary>
/// The baseline: the very same requests the engine sent, replayed over the same <see cref="HttpClient"/> with nothing
/// else (no model, no recording, no findings): each case's requests in order, as many cases at once as the engine runs.
/// </summary>
internal sealed class BareReplay(HttpClient client, ExchangeTemplate[][] perCase, int maxConcurrency)
{
    public int CaseCount => perCase.Length;

    /// <summary>Each case's requests, in the engine's order.</summary>
    public ExchangeTemplate[][] PerCase => perCase;

    public int RequestCount { get; } = perCase.Sum(c => c.Length);

    /// <summary>Replays every case; returns how many answers differed from the engine's run (0 when the replay is faithful).</summary>
    public async Task<int> ReplayAsync()
    {
        using var gate = new SemaphoreSlim(maxConcurrency);
        var mismatches = 0;
        await Task.WhenAll(perCase.Select(async requests =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                foreach (var template in requests)
                {
                    using var request = template.ToMessage();
                    using var response = await client.SendAsync(request).ConfigureAwait(false);
                    if ((int)response.StatusCode != template.Status) Interlocked.Increment(ref mismatches);
                }
            }
            finally { gate.Release(); }
        })).ConfigureAwait(false);
        return mismatches;
    }

    /// <summary>
    /// The same replay written the way the engine now runs its cases: <c>maxConcurrency</c> workers, each taking the next
    /// case's requests in order. Returns how many answers differed from the engine's run.
    /// </summary>
    public async Task<int> ReplayWithWorkersAsync()
    {
        var mismatches = 0;
        var next = -1;
        var workers = new Task[Math.Min(maxConcurrency, perCase.Length)];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < perCase.Length; i = Interlocked.Increment(ref next))
                {
                    foreach (var template in perCase[i])
                    {
                        using var request = template.ToMessage();
                        using var response = await client.SendAsync(request).ConfigureAwait(false);
                        if ((int)response.StatusCode != template.Status) Interlocked.Increment(ref mismatches);
                    }
                }
            });
        }
        await Task.WhenAll(workers).ConfigureAwait(false);
        return mismatches;
    }
}
