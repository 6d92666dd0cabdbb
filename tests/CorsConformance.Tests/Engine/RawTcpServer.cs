using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CorsConformance.Tests.Engine;

/// <summary>A loopback TCP server that answers every connection with fixed raw bytes, or never answers (hang).</summary>
internal sealed class RawTcpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RawTcpServer(string? rawResponse)
    {
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
                catch (OperationCanceledException) { return; }
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        var stream = client.GetStream();
                        var buffer = new byte[8192];
                        try { _ = await stream.ReadAsync(buffer, _stop.Token); } catch (OperationCanceledException) { return; }
                        if (rawResponse is null)
                        {
                            try { await Task.Delay(Timeout.Infinite, _stop.Token); } catch (OperationCanceledException) { }
                            return;
                        }
                        await stream.WriteAsync(Encoding.ASCII.GetBytes(rawResponse));
                    }
                });
            }
        });
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
