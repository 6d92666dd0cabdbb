using System.Collections.Concurrent;
using System.Net.WebSockets;

namespace BrokenApi;

/// <summary>An order as clients send it.</summary>
public sealed record NewOrder(string? Product = null, int Quantity = 1);

/// <summary>A stored order.</summary>
public sealed record Order(int Id, string? Product, int Quantity);

/// <summary>The shop's orders (in memory: this is an example).</summary>
public sealed class OrderStore
{
    private readonly ConcurrentDictionary<int, Order> _orders = new();
    private int _lastId = 41;

    /// <summary>Starts with order 42.</summary>
    public OrderStore() => Add(new NewOrder("coffee beans", 2));

    /// <summary>Every order.</summary>
    public IReadOnlyList<Order> All() => _orders.Values.OrderBy(o => o.Id).ToArray();

    /// <summary>The order, or null.</summary>
    public Order? Find(int id) => _orders.GetValueOrDefault(id);

    /// <summary>Stores a new order.</summary>
    public Order Add(NewOrder order)
    {
        var stored = new Order(Interlocked.Increment(ref _lastId), order.Product, order.Quantity);
        _orders[stored.Id] = stored;
        return stored;
    }

    /// <summary>Replaces an existing order.</summary>
    public bool Replace(int id, NewOrder order) =>
        _orders.TryGetValue(id, out var existing) && _orders.TryUpdate(id, existing with { Product = order.Product, Quantity = order.Quantity }, existing);

    /// <summary>Removes an order.</summary>
    public bool Remove(int id) => _orders.TryRemove(id, out _);
}

/// <summary>The public catalog.</summary>
public static class Catalog
{
    /// <summary>The products.</summary>
    public static IReadOnlyList<object> Products { get; } =
    [
        new { id = 1, name = "coffee beans", price = 12.5m },
        new { id = 2, name = "grinder", price = 89m },
    ];
}

/// <summary>Order notifications over a WebSocket, without an Origin check (the mistake).</summary>
public static class NotificationsSocket
{
    /// <summary>Accepts every upgrade, whatever its Origin.</summary>
    public static async Task Handle(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        try
        {
            var buffer = new byte[1024];
            while (!context.RequestAborted.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (received.MessageType == WebSocketMessageType.Close) break;
            }
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client left without a close handshake.
        }
    }
}
