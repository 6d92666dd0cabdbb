using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>
/// A TCP server on 127.0.0.1 that misbehaves below HTTP: it either accepts connections and never answers (a hanging server),
/// or reads the request head and answers with fixed raw bytes (garbage headers). Bounded: it stops with the test.
/// </summary>
public sealed class RawTcpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = [];
    private readonly Task _loop;
    private readonly string? _answer;
    private int _connections;

    private RawTcpServer(string? answer)
    {
        _answer = answer;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseUrl { get; }

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Accepts every connection and never sends a byte.</summary>
    public static RawTcpServer Hanging() => new(null);

    /// <summary>Answers every request with <paramref name="rawResponse"/> (CRLF line ends are added) and closes.</summary>
    public static RawTcpServer Answering(string rawResponse) => new(rawResponse.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (SocketException) { return; }
            Interlocked.Increment(ref _connections);
            lock (_clients) _clients.Add(client);
            if (_answer is not null) _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var buffer = new byte[8192];
            var head = new StringBuilder();
            while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (read == 0) return;
                head.Append(Encoding.Latin1.GetString(buffer, 0, read));
            }
            await stream.WriteAsync(Encoding.Latin1.GetBytes(_answer!), _stop.Token).ConfigureAwait(false);
            await stream.FlushAsync(_stop.Token).ConfigureAwait(false);
            client.Client.Shutdown(SocketShutdown.Both);
        }
        catch (Exception) when (_stop.IsCancellationRequested) { }
        catch (IOException) { }
        catch (SocketException) { }
        finally { client.Dispose(); }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        lock (_clients)
            foreach (var client in _clients) client.Dispose();
        try { await _loop.ConfigureAwait(false); } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
