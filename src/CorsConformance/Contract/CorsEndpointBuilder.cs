namespace CorsConformance.Contract;

/// <summary>Fluent builder for one <see cref="CorsEndpoint"/> and its overrides.</summary>
public sealed class CorsEndpointBuilder
{
    private CorsEndpoint _endpoint;

    internal CorsEndpointBuilder(string path) => _endpoint = new CorsEndpoint { Path = path };

    /// <summary>The methods this endpoint answers cross-origin.</summary>
    public CorsEndpointBuilder Methods(params string[] methods) { _endpoint = _endpoint with { Methods = [.. methods] }; return this; }

    /// <summary>
    /// Public endpoint: <c>Access-Control-Allow-Origin: *</c> to anyone. A public endpoint never allows credentials,
    /// whatever the contract says (so <see cref="CorsEndpoint.AllowCredentials"/> stays unset, as in JSON).
    /// </summary>
    public CorsEndpointBuilder Public() { _endpoint = _endpoint with { Public = true }; return this; }

    /// <summary>Overrides the allowed origins.</summary>
    public CorsEndpointBuilder AllowOrigins(params string[] origins) { _endpoint = _endpoint with { AllowedOrigins = [.. origins] }; return this; }

    /// <summary>Overrides whether credentials are allowed.</summary>
    public CorsEndpointBuilder AllowCredentials(bool allow = true) { _endpoint = _endpoint with { AllowCredentials = allow }; return this; }

    /// <summary>Overrides the allowed request headers.</summary>
    public CorsEndpointBuilder AllowHeaders(params string[] headers) { _endpoint = _endpoint with { AllowedHeaders = [.. headers] }; return this; }

    /// <summary>Overrides the exposed response headers.</summary>
    public CorsEndpointBuilder ExposeHeaders(params string[] headers) { _endpoint = _endpoint with { ExposedHeaders = [.. headers] }; return this; }

    /// <summary>Overrides the max-age.</summary>
    public CorsEndpointBuilder MaxAge(int seconds) { _endpoint = _endpoint with { MaxAgeSeconds = seconds }; return this; }

    /// <summary>The body sent with POST/PUT/PATCH cases.</summary>
    public CorsEndpointBuilder SampleBody(string body) { _endpoint = _endpoint with { SampleBody = body }; return this; }

    internal CorsEndpoint Build() => _endpoint;
}
