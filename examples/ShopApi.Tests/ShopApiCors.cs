using CorsConformance.Contract;
using CorsConformance.Xunit;

namespace ShopApi.Tests;

// The whole setup: derive, return the contract. Every case becomes a theory row named after it.
public class ShopApiCors : CorsConformanceTests<Program>
{
    protected override CorsContract Contract => CorsContract.Create()
        .AllowOrigins("https://app.example.com", "https://admin.example.com")
        .AllowCredentials()
        .AllowMethods("GET", "POST", "PUT", "DELETE")
        .AllowHeaders("Authorization", "Content-Type", "X-Request-Id")
        .ExposeHeaders("X-Total-Count", "X-Request-Id")
        .MaxAge(600)
        .Endpoint("/api/orders", "GET", "POST")
        .Endpoint("/api/orders/42", "GET", "PUT", "DELETE")
        .PublicEndpoint("/api/products", "GET")
        .ErrorProbes(notFound: "/api/does-not-exist", throwing: "/api/orders/export", unauthorized: "/api/account")
        .WebSocket("/ws/notifications")
        .Exclude("/health")
        .Build();
}
