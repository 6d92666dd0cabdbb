using CorsConformance.Cases;
using CorsConformance.Probing;

namespace CorsConformance.Running;

/// <summary>
/// One run of a list of cases: <c>maxConcurrency</c> workers take the cases in order, each case's result can be awaited
/// on its own (a test row) or all together (the report, the contract-wide checks). Starts on first use.
/// </summary>
/// <remarks>
/// Workers instead of one gated task per case: nothing per case exists before the case runs (no 1,000 waiting tasks), and
/// results are kept compact (<see cref="CompactCaseResult"/>) in <see cref="ResultChunks"/>, which the garbage collector
/// handles far better than results held by objects made at the start of the run (see there). A result read after its
/// case has ended is an equal copy made for that read, by <see cref="ResultAsync"/> and by <see cref="AllAsync"/>'s list
/// alike. A case that throws fails alone: its own result faults, the others are unaffected, and <see cref="AllAsync"/>
/// faults once every case has ended.
/// </remarks>
internal sealed class MatrixRun
{
    private readonly IReadOnlyList<CorsCase> _cases;
    private readonly Func<CorsCase, CancellationToken, ValueTask<CaseResult>> _run;
    private readonly int _workers;
    private readonly SemaphoreSlim? _sharedGate;
    private readonly Action<CaseResult>? _onCompleted;
    private readonly CancellationToken _cancellationToken;

    private readonly object _sync = new();
    private readonly ResultChunks _results;
    private readonly StoredResults _stored; // reads _results by case index (a case's slot exists once it has ended)
    private readonly int[] _positions; // case index → position in _results; -1 while the case has not ended (ints: no references to keep)
    private Dictionary<int, Exception>? _errors;
    private Dictionary<int, TaskCompletionSource<CaseResult>>? _waiters;
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously); // every case has ended
    private Task<IReadOnlyList<CaseResult>>? _all;
    private int _endedCount;
    private int _next = -1;
    private int _started;

    /// <param name="cases">The cases, in the order the workers take them.</param>
    /// <param name="run">Runs one case (its result is awaited once).</param>
    /// <param name="maxConcurrency">How many cases run at once (at least 1).</param>
    /// <param name="sharedGate">
    /// Optional: a gate shared with other runs over the same server, taken around each case, so that together they stay
    /// within one bound.
    /// </param>
    /// <param name="onCompleted">Called after each case that ended with a result (its exception is the case's error).</param>
    /// <param name="cancellationToken">Stops the run: cases not yet started end as canceled.</param>
    public MatrixRun(IReadOnlyList<CorsCase> cases, Func<CorsCase, CancellationToken, ValueTask<CaseResult>> run, int maxConcurrency,
        SemaphoreSlim? sharedGate = null, Action<CaseResult>? onCompleted = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        _cases = cases;
        _run = run;
        _workers = Math.Min(maxConcurrency, cases.Count);
        _sharedGate = sharedGate;
        _onCompleted = onCompleted;
        _cancellationToken = cancellationToken;
        _results = new ResultChunks(cases.Count);
        _positions = new int[cases.Count];
        Array.Fill(_positions, -1);
        _stored = new StoredResults(cases, _results, _positions);
    }

    /// <summary>Starts the workers (once; later calls do nothing).</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0) return;
        if (_cases.Count == 0) { _ended.TrySetResult(); return; }
        for (var i = 0; i < _workers; i++) _ = Task.Run(WorkAsync);
    }

    /// <summary>The result of the case at <paramref name="index"/> (starts the run).</summary>
    public Task<CaseResult> ResultAsync(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _cases.Count);
        Start();
        lock (_sync)
        {
            if (_positions[index] >= 0) return Task.FromResult(_stored[index]);
            if (_errors is not null && _errors.TryGetValue(index, out var error)) return Failed(error);
            _waiters ??= [];
            if (!_waiters.TryGetValue(index, out var waiter))
                _waiters[index] = waiter = new TaskCompletionSource<CaseResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            return waiter.Task;
        }
    }

    /// <summary>
    /// Every case's result in case order, once all have ended (starts the run). Each result is expanded as it is read
    /// (<see cref="StoredResults"/>): copy the list when the same instances are needed twice.
    /// </summary>
    public Task<IReadOnlyList<CaseResult>> AllAsync()
    {
        Start();
        lock (_sync) return _all ??= AllWhenEnded();
    }

    private async Task WorkAsync()
    {
        for (var index = Interlocked.Increment(ref _next); index < _cases.Count; index = Interlocked.Increment(ref _next))
        {
            CaseResult? result = null;
            Exception? error = null;
            try
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (_sharedGate is null)
                    result = await _run(_cases[index], _cancellationToken).ConfigureAwait(false);
                else
                {
                    // A free gate is taken synchronously: measured in tests/CorsConformance.Benchmarks (--gcreasons engine-rows),
                    // going through WaitAsync every time left a young pinned object at every gen0 collection of the run.
                    if (!_sharedGate.Wait(0, CancellationToken.None)) await _sharedGate.WaitAsync(_cancellationToken).ConfigureAwait(false);
                    try { result = await _run(_cases[index], _cancellationToken).ConfigureAwait(false); }
                    finally { _sharedGate.Release(); }
                }
                _onCompleted?.Invoke(result);
            }
            catch (Exception ex)
            {
                error = ex;
            }
            End(index, result, error);
        }
    }

    private void End(int index, CaseResult? result, Exception? error)
    {
        TaskCompletionSource<CaseResult>? waiter = null;
        bool last;
        lock (_sync)
        {
            if (error is null) _positions[index] = _results.Append(CompactCaseResult.Of(result!, _cases[index]));
            else (_errors ??= [])[index] = error;
            _waiters?.Remove(index, out waiter);
            last = ++_endedCount == _cases.Count;
        }
        if (waiter is not null)
        {
            if (error is null) waiter.TrySetResult(result!);
            else Complete(waiter, error);
        }
        if (last) _ended.TrySetResult();
    }

    private Task<IReadOnlyList<CaseResult>> AllWhenEnded()
    {
        var all = new TaskCompletionSource<IReadOnlyList<CaseResult>>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ended.Task.ContinueWith(static (_, state) => { var (run, all) = ((MatrixRun, TaskCompletionSource<IReadOnlyList<CaseResult>>))state!; run.CompleteAll(all); },
            (this, all), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return all.Task;
    }

    private void CompleteAll(TaskCompletionSource<IReadOnlyList<CaseResult>> all)
    {
        lock (_sync)
        {
            if (_errors is { Count: > 0 } errors)
            {
                var ordered = errors.OrderBy(e => e.Key).Select(e => e.Value).ToArray();
                if (ordered.All(e => e is OperationCanceledException)) all.TrySetCanceled(((OperationCanceledException)ordered[0]).CancellationToken);
                else all.TrySetException(ordered.Where(e => e is not OperationCanceledException));
                return;
            }
        }
        // Every case has ended: the stored results no longer change, so the list reads them without the lock.
        all.TrySetResult(_stored);
    }

    private static Task<CaseResult> Failed(Exception error)
    {
        var source = new TaskCompletionSource<CaseResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        Complete(source, error);
        return source.Task;
    }

    private static void Complete(TaskCompletionSource<CaseResult> source, Exception error)
    {
        if (error is OperationCanceledException canceled) source.TrySetCanceled(canceled.CancellationToken);
        else source.TrySetException(error);
    }
}
