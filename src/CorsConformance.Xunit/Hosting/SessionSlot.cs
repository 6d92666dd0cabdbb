namespace CorsConformance.Xunit.Hosting;

/// <summary>Creates a class's session once, on the first row, and disposes it (and what it owns) with the fixture.</summary>
internal sealed class SessionSlot : IAsyncDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private Task<SuiteSession>? _session;
    private readonly List<object> _owned = [];

    /// <summary>The session; a failed creation is remembered so every row reports the same cause quickly.</summary>
    public async Task<SuiteSession> GetAsync(Func<Action<object>, Task<SuiteSession>> create)
    {
        await _lock.WaitAsync().ConfigureAwait(false);
        try { _session ??= create(_owned.Add); }
        finally { _lock.Release(); }
        return await _session.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is { IsCompletedSuccessfully: true }) _session.Result.Dispose();
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            switch (_owned[i])
            {
                case IAsyncDisposable asyncDisposable: await asyncDisposable.DisposeAsync().ConfigureAwait(false); break;
                case IDisposable disposable: disposable.Dispose(); break;
            }
        }
        _owned.Clear();
        _lock.Dispose();
    }
}
