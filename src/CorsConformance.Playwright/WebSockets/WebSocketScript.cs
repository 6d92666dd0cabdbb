namespace CorsConformance.Playwright.WebSockets;

/// <summary>The page script that opens a WebSocket, closes it once open, and reports whether it opened.</summary>
internal static class WebSocketScript
{
    public const string Script = """
        ({ url, timeoutMs }) => new Promise(resolve => {
          let opened = false, settled = false;
          const done = r => { if (!settled) { settled = true; resolve(r); } };
          let ws;
          try { ws = new WebSocket(url); } catch (e) { done({ opened: false, code: null, reason: null, error: String(e) }); return; }
          const timer = setTimeout(() => { try { ws.close(); } catch (e) { } done({ opened, code: null, reason: null, error: 'no open or close within ' + timeoutMs + ' ms' }); }, timeoutMs);
          ws.onopen = () => { opened = true; ws.close(1000, 'corsconformance probe done'); };
          ws.onclose = ev => { clearTimeout(timer); done({ opened, code: ev.code, reason: ev.reason, error: null }); };
        })
        """;
}
