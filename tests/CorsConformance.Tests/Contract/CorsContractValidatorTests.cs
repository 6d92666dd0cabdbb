using CorsConformance.Contract;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Contract;

public sealed class CorsContractValidatorTests
{
    /// <summary>A valid credentialed contract; each row breaks exactly one thing.</summary>
    private static readonly CorsContract Valid = new()
    {
        AllowedOrigins = ["https://app.example.com", "https://admin.example.com"],
        AllowCredentials = true,
        AllowedMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"],
        AllowedHeaders = ["Authorization", "Content-Type"],
        ExposedHeaders = ["X-Total-Count"],
        MaxAgeSeconds = 600,
        Endpoints = [new CorsEndpoint { Path = "/api/orders", Methods = ["GET", "POST"] }],
    };

    private static CorsContract WithEndpoint(CorsEndpoint endpoint) => Valid with { Endpoints = [endpoint] };

    private static CorsContract WithOrigin(string origin) => Valid with { AllowedOrigins = [origin] };

    /// <summary>Row name → (contract, expected field, text the message must contain, text the fix must contain).</summary>
    private static readonly Dictionary<string, (CorsContract Contract, string Field, string Message, string Fix)> Rows = new()
    {
        // origins
        ["origin with trailing slash"] = (WithOrigin("https://app.example.com/"), "allowedOrigins[0]", "trailing slash", "write 'https://app.example.com'"),
        ["origin with a path"] = (WithOrigin("https://app.example.com/app"), "allowedOrigins[0]", "path", "write 'https://app.example.com'"),
        ["origin without scheme"] = (WithOrigin("app.example.com"), "allowedOrigins[0]", "no scheme", "write 'https://app.example.com'"),
        ["localhost origin without scheme"] = (WithOrigin("localhost:5173"), "allowedOrigins[0]", "no scheme", "write 'http://localhost:5173'"),
        ["origin with malformed separator"] = (WithOrigin("https:app.example.com"), "allowedOrigins[0]", "'://'", "write 'https://app.example.com'"),
        ["upper-case host"] = (WithOrigin("https://App.Example.com"), "allowedOrigins[0]", "lower case", "write 'https://app.example.com'"),
        ["upper-case scheme"] = (WithOrigin("HTTPS://app.example.com"), "allowedOrigins[0]", "upper-case scheme", "write 'https://app.example.com'"),
        ["explicit :443 on https"] = (WithOrigin("https://app.example.com:443"), "allowedOrigins[0]", "default port", "write 'https://app.example.com'"),
        ["explicit :80 on http"] = (WithOrigin("http://localhost:80"), "allowedOrigins[0]", "default port", "write 'http://localhost'"),
        ["port with leading zero"] = (WithOrigin("http://localhost:08080"), "allowedOrigins[0]", "'8080'", "write 'http://localhost:8080'"),
        ["port out of range"] = (WithOrigin("http://localhost:70000"), "allowedOrigins[0]", "outside 1-65535", "'http://localhost:8080'"),
        ["wildcard port"] = (WithOrigin("http://localhost:*"), "allowedOrigins[0]", "wildcard port", "'http://localhost:3000'"),
        ["spaces around origin"] = (WithOrigin(" https://app.example.com "), "allowedOrigins[0]", "spaces", "write 'https://app.example.com'"),
        ["user info in origin"] = (WithOrigin("https://user@app.example.com"), "allowedOrigins[0]", "user info", "write 'https://app.example.com'"),
        ["international host"] = (WithOrigin("https://bücher.example"), "allowedOrigins[0]", "punycode", "write 'https://xn--bcher-kva.example'"),
        ["empty label in host"] = (WithOrigin("https://app..example.com"), "allowedOrigins[0]", "not a valid host", "write 'https://app.example.com'"),
        ["'*' in a middle label"] = (WithOrigin("https://app.*.com"), "allowedOrigins[0]", "left-most label", "'https://app.example.com'"),
        ["'*' in a middle label with a domain after it"] = (WithOrigin("https://api.*.example.com"), "allowedOrigins[0]", "left-most label", "'https://*.example.com'"),
        ["'*' glued to a label"] = (WithOrigin("https://*example.com"), "allowedOrigins[0]", "evilexample.com", "write 'https://*.example.com'"),
        ["'*' in the scheme"] = (WithOrigin("*://app.example.com"), "allowedOrigins[0]", "scheme", "'https://app.example.com'"),
        ["pattern over a top-level domain"] = (WithOrigin("https://*.com"), "allowedOrigins[0]", "anyone can register", "'https://*.example.com'"),
        ["pattern without a domain"] = (WithOrigin("https://*"), "allowedOrigins[0]", "every https site", "'https://*.example.com'"),
        ["pattern before an IP"] = (WithOrigin("http://*.127.0.0.1"), "allowedOrigins[0]", "IP address", "'http://127.0.0.1'"),
        ["null origin"] = (Valid with { AllowedOrigins = ["https://app.example.com", "null"] }, "allowedOrigins[1]", "null-origin-allowed", "remove 'null'"),
        ["empty origin"] = (WithOrigin(""), "allowedOrigins[0]", "empty", "'https://app.example.com'"),
        ["'*' with credentials"] = (WithOrigin("*"), "allowedOrigins[0]", "wildcard-with-credentials", "'https://app.example.com'"),
        ["'*' next to other origins"] = (Valid with { AllowCredentials = false, AllowedOrigins = ["*", "https://app.example.com"] }, "allowedOrigins[0]", "every origin", "'*' alone"),
        ["duplicate origin"] = (Valid with { AllowedOrigins = ["https://app.example.com", "https://app.example.com"] }, "allowedOrigins[1]", "listed twice (also allowedOrigins[0])", "remove allowedOrigins[1]"),
        ["no origins and no public endpoint"] = (Valid with { AllowedOrigins = [] }, "allowedOrigins", "no endpoint is public", "\"public\": true"),

        // methods
        ["method with a space"] = (Valid with { AllowedMethods = ["GET", "GE T"] }, "allowedMethods[1]", "RFC 9110 token", "write 'GET'"),
        ["empty method"] = (Valid with { AllowedMethods = ["GET", ""] }, "allowedMethods[1]", "empty", "'GET'"),
        ["'*' as method"] = (Valid with { AllowedMethods = ["*"], Endpoints = [new CorsEndpoint { Path = "/api/orders", Methods = ["GET"] }] }, "allowedMethods[0]", "not a method", "'GET'"),
        ["forbidden method"] = (Valid with { AllowedMethods = ["GET", "TRACE"] }, "allowedMethods[1]", "forbidden method", "remove 'TRACE'"),
        ["duplicate method"] = (Valid with { AllowedMethods = ["GET", "PUT", "PUT"] }, "allowedMethods[2]", "listed twice", "remove allowedMethods[2]"),
        ["no methods"] = (Valid with { AllowedMethods = [] }, "allowedMethods", "empty", "[\"GET\", \"POST\"]"),
        ["invalid endpoint method"] = (WithEndpoint(new() { Path = "/api/orders", Methods = ["GET", "POST", "PU T"] }), "endpoints[0].methods[2]", "RFC 9110 token", "write 'PUT'"),
        ["endpoint method not in allowedMethods"] = (Valid with { AllowedMethods = ["GET", "POST"], Endpoints = [new() { Path = "/api/orders", Methods = ["GET", "PUT"] }] }, "endpoints[0].methods[1]", "not in allowedMethods", "add 'PUT' to allowedMethods"),
        ["endpoint method in other case"] = (WithEndpoint(new() { Path = "/api/orders", Methods = ["patch"] }), "endpoints[0].methods[0]", "case-sensitive", "write 'PATCH'"),

        // headers
        ["header with spaces"] = (Valid with { AllowedHeaders = ["Authorization", "X Request Id"] }, "allowedHeaders[1]", "not a valid header name", "write 'X-Request-Id'"),
        ["header with a colon"] = (Valid with { AllowedHeaders = ["Content-Type:"] }, "allowedHeaders[0]", "not a valid header name", "write 'Content-Type'"),
        ["empty header"] = (Valid with { AllowedHeaders = [""] }, "allowedHeaders[0]", "empty", "'Authorization'"),
        ["'*' as header"] = (Valid with { AllowedHeaders = ["*"] }, "allowedHeaders[0]", "not a header name", "'Authorization'"),
        ["forbidden request header"] = (Valid with { AllowedHeaders = ["Authorization", "Cookie"] }, "allowedHeaders[1]", "forbidden request header", "remove 'Cookie'"),
        ["Sec- request header"] = (Valid with { AllowedHeaders = ["Sec-Fetch-Mode"] }, "allowedHeaders[0]", "forbidden request header", "remove 'Sec-Fetch-Mode'"),
        ["duplicate header ignoring case"] = (Valid with { AllowedHeaders = ["Authorization", "authorization"] }, "allowedHeaders[1]", "case-insensitive", "remove allowedHeaders[1]"),
        ["invalid exposed header"] = (Valid with { ExposedHeaders = ["X Total Count"] }, "exposedHeaders[0]", "not a valid header name", "write 'X-Total-Count'"),
        ["Set-Cookie exposed"] = (Valid with { ExposedHeaders = ["Set-Cookie"] }, "exposedHeaders[0]", "never readable", "remove 'Set-Cookie'"),
        ["invalid endpoint header override"] = (WithEndpoint(new() { Path = "/api/orders", AllowedHeaders = ["X Trace"] }), "endpoints[0].allowedHeaders[0]", "not a valid header name", "write 'X-Trace'"),

        // max-age
        ["negative max-age"] = (Valid with { MaxAgeSeconds = -1 }, "maxAgeSeconds", "is -1", "600"),
        ["negative endpoint max-age"] = (WithEndpoint(new() { Path = "/api/orders", MaxAgeSeconds = -5 }), "endpoints[0].maxAgeSeconds", "is -5", "600"),

        // endpoints
        ["no endpoints"] = (Valid with { Endpoints = [] }, "endpoints", "no endpoint", "declare at least one endpoint"),
        ["path without leading slash"] = (WithEndpoint(new() { Path = "api/orders" }), "endpoints[0].path", "does not start with '/'", "write '/api/orders'"),
        ["path with route parameter"] = (WithEndpoint(new() { Path = "/api/orders/{id}" }), "endpoints[0].path", "route template", "'/api/orders/1'"),
        ["path with constrained parameter, no slash"] = (WithEndpoint(new() { Path = "api/orders/{id:int}/lines" }), "endpoints[0].path", "does not start with '/'", "write '/api/orders/1/lines'"),
        ["path with express parameter"] = (WithEndpoint(new() { Path = "/api/orders/:id" }), "endpoints[0].path", "route template", "'/api/orders/1'"),
        ["path as a full URL"] = (WithEndpoint(new() { Path = "https://api.example.com/api/orders" }), "endpoints[0].path", "full URL", "write '/api/orders'"),
        ["path with a fragment"] = (WithEndpoint(new() { Path = "/api/orders#top" }), "endpoints[0].path", "fragment", "write '/api/orders'"),
        ["empty path"] = (WithEndpoint(new() { Path = "" }), "endpoints[0].path", "empty", "'/api/orders'"),
        ["duplicate endpoint"] = (Valid with { Endpoints = [new() { Path = "/api/orders", Methods = ["GET"] }, new() { Path = "/api/orders", Methods = ["POST"] }] }, "endpoints[1].path", "declared twice", "merge the two entries into endpoints[0]"),
        ["public endpoint with credentials"] = (WithEndpoint(new() { Path = "/api/catalog", Public = true, AllowCredentials = true }), "endpoints[0].allowCredentials", "wildcard-with-credentials", "remove allowCredentials"),
        ["public endpoint with origins"] = (WithEndpoint(new() { Path = "/api/catalog", Public = true, AllowedOrigins = ["https://app.example.com"] }), "endpoints[0].allowedOrigins", "public endpoint", "remove allowedOrigins"),
        ["endpoint '*' with inherited credentials"] = (WithEndpoint(new() { Path = "/api/feed", AllowedOrigins = ["*"] }), "endpoints[0].allowedOrigins[0]", "wildcard-with-credentials", "set allowCredentials to false"),
        ["endpoint credentials over inherited '*'"] = (Valid with { AllowCredentials = false, AllowedOrigins = ["*"], Endpoints = [new() { Path = "/api/me", AllowCredentials = true }] }, "endpoints[0].allowCredentials", "inherits allowedOrigins '*'", "\"allowedOrigins\": [\"https://app.example.com\"]"),
        ["endpoint with an invalid origin"] = (WithEndpoint(new() { Path = "/api/feed", AllowedOrigins = ["https://partner.example.org/"] }), "endpoints[0].allowedOrigins[0]", "trailing slash", "write 'https://partner.example.org'"),
        ["endpoint with no origins"] = (WithEndpoint(new() { Path = "/api/feed", AllowedOrigins = [] }), "endpoints[0].allowedOrigins", "no origin may call it", "\"public\": true"),
        ["endpoint without origins next to a public one"] = (Valid with { AllowedOrigins = [], Endpoints = [new() { Path = "/api/catalog", Public = true }, new() { Path = "/api/orders" }] }, "endpoints[1]", "allows no origin", "\"allowedOrigins\": [\"https://app.example.com\"]"),

        // error probes, WebSockets, exclusions
        ["error probe without leading slash"] = (Valid with { ErrorProbes = new(NotFound: "api/missing") }, "errorProbes.notFound", "does not start with '/'", "write '/api/missing'"),
        ["error probe with route parameter"] = (Valid with { ErrorProbes = new(Throwing: "/api/boom/{id}") }, "errorProbes.throwing", "route template", "'/api/boom/1'"),
        ["unauthorized probe as full URL"] = (Valid with { ErrorProbes = new(Unauthorized: "http://localhost:5000/api/account") }, "errorProbes.unauthorized", "full URL", "write '/api/account'"),
        ["WebSocket path without slash"] = (Valid with { WebSocketPaths = ["ws"] }, "webSocketPaths[0]", "does not start with '/'", "write '/ws'"),
        ["WebSocket path as ws URL"] = (Valid with { WebSocketPaths = ["wss://api.example.com/hub"] }, "webSocketPaths[0]", "full URL", "write '/hub'"),
        ["duplicate WebSocket path"] = (Valid with { WebSocketPaths = ["/ws", "/ws"] }, "webSocketPaths[1]", "listed twice", "remove webSocketPaths[1]"),
        ["excluded path without slash"] = (Valid with { ExcludedPaths = ["health"] }, "excludedPaths[0]", "does not start with '/'", "write '/health'"),
        ["excluded path with inner '*'"] = (Valid with { ExcludedPaths = ["/internal/*/debug"] }, "excludedPaths[0]", "before the end", "write '/internal/*'"),
    };

    public static TheoryData<string> RowNames() => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(RowNames))]
    public void Reports_the_field_and_the_fix(string row)
    {
        var (contract, field, message, fix) = Rows[row];

        var errors = CorsContractValidator.Validate(contract);

        var error = errors.ShouldHaveSingleItem($"expected exactly one error, got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        error.Field.ShouldBe(field);
        error.Message.ShouldContain(message, Case.Insensitive);
        error.Fix.ShouldContain(fix);
        error.ToString().ShouldBe($"{field}: {error.Message} Fix: {error.Fix}");
        Should.Throw<CorsContractException>(() => CorsContractValidator.ThrowIfInvalid(contract)).ShouldHaveError(field);
    }

    [Fact]
    public void The_baseline_of_the_table_is_valid() => CorsContractValidator.Validate(Valid).ShouldBeEmpty();

    public static TheoryData<string> ValidOriginLists() =>
    [
        "https://app.example.com",
        "http://localhost:5173",
        "http://127.0.0.1:5173",
        "http://[::1]:8080",
        "https://*.example.com",
        "https://*.eu.example.com:8443",
        "http://*.localhost",
        "https://shop_dev.example.com",
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop",
        "tauri://localhost",
    ];

    [Theory]
    [MemberData(nameof(ValidOriginLists))]
    public void Accepts_origins_as_browsers_serialize_them(string origin) =>
        CorsContractValidator.Validate(WithOrigin(origin)).ShouldBeEmpty();

    [Fact]
    public void Accepts_star_without_credentials_and_public_endpoints_without_origins()
    {
        CorsContractValidator.Validate(Valid with { AllowCredentials = false, AllowedOrigins = ["*"] }).ShouldBeEmpty();
        CorsContractValidator.Validate(Valid with
        {
            AllowedOrigins = [],
            Endpoints = [new() { Path = "/api/catalog", Public = true }, new() { Path = "/api/partner", AllowedOrigins = ["https://partner.example.org"] }],
        }).ShouldBeEmpty();
    }

    [Fact]
    public void Accepts_lower_case_methods_and_keeps_them_as_written()
    {
        var contract = Valid with
        {
            AllowedMethods = ["GET", "POST", "patch", "PROPFIND"],
            Endpoints = [new() { Path = "/api/profile", Methods = ["GET", "HEAD", "patch", "PROPFIND"] }],
        };
        CorsContractValidator.Validate(contract).ShouldBeEmpty();
        contract.AllowedMethods.ShouldBe(["GET", "POST", "patch", "PROPFIND"]);
    }

    [Fact]
    public void Safelisted_methods_need_not_be_listed_contract_wide()
    {
        var contract = Valid with { AllowedMethods = ["PUT"], Endpoints = [new() { Path = "/api/orders", Methods = ["GET", "HEAD", "POST", "PUT"] }] };
        CorsContractValidator.Validate(contract).ShouldBeEmpty();
    }

    [Fact]
    public void Accepts_query_strings_route_template_exclusions_and_zero_max_age()
    {
        var contract = Valid with
        {
            MaxAgeSeconds = 0,
            Endpoints = [new() { Path = "/api/search?q=shoes&page=2", MaxAgeSeconds = 7200 }],
            ErrorProbes = new("/api/does-not-exist", "/api/boom", "/api/account"),
            WebSocketPaths = ["/ws", "/hubs/chat"],
            ExcludedPaths = ["/health", "/internal/*", "/api/admin/{id}", "/files/{**path}", "/docs/{*rest}"],
        };
        CorsContractValidator.Validate(contract).ShouldBeEmpty();
    }

    [Fact]
    public void Reports_every_problem_in_field_order()
    {
        var contract = new CorsContract
        {
            AllowedOrigins = ["https://app.example.com/", "null"],
            AllowCredentials = true,
            AllowedMethods = ["GET", "GE T"],
            MaxAgeSeconds = -1,
            Endpoints = [new() { Path = "api/orders" }],
            WebSocketPaths = ["ws"],
        };

        var errors = CorsContractValidator.Validate(contract);

        errors.Select(e => e.Field).ShouldBe(["allowedOrigins[0]", "allowedOrigins[1]", "allowedMethods[1]", "maxAgeSeconds", "endpoints[0].path", "webSocketPaths[0]"]);
        var exception = Should.Throw<CorsContractException>(() => CorsContractValidator.ThrowIfInvalid(contract));
        exception.Message.ShouldStartWith("Invalid CORS contract (6 problems):");
        foreach (var error in errors) exception.Message.ShouldContain(error.ToString());
    }

    [Fact]
    public void Null_lists_are_named_not_crashed_on()
    {
        var contract = Valid with { AllowedOrigins = null!, AllowedHeaders = null!, Endpoints = [new() { Path = "/api/orders", Methods = null! }, null!] };

        var errors = CorsContractValidator.Validate(contract);

        errors.Select(e => e.Field).ShouldBe(["allowedOrigins", "allowedHeaders", "endpoints[0].methods", "endpoints[1]"]);
    }
}
