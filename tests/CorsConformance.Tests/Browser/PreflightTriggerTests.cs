using CorsConformance.Browser;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Browser.BrowserFixtures;

namespace CorsConformance.Tests.Browser;

/// <summary>When fetch() sends a preflight, and what Access-Control-Request-Method/-Headers carry (checked against Chromium 156).</summary>
public sealed class PreflightTriggerTests
{
    public sealed record Row(string Name, CorsRequest Request, bool Required, string Method, string? RequestHeaders) : INamedRow
    {
        public override string ToString() => Name;
    }

    private static Row Simple(string name, string method, params (string, string)[] headers) =>
        new(name, Fetch(method, headers), false, method.ToUpperInvariant(), null);

    private static Row Preflighted(string name, string method, string sentMethod, string? acrh, params (string, string)[] headers) =>
        new(name, Fetch(method, headers), true, sentMethod, acrh);

    private static readonly string A128 = new('a', 128);
    private static readonly string A129 = new('a', 129);
    private static readonly string D128 = new('1', 128);

    // Eight safelisted headers of 128 bytes each: exactly 1024 bytes.
    private static (string, string)[] Safelisted1024 =>
    [
        ("Accept", A128), ("Accept-Language", A128), ("Content-Language", A128), ("Content-Type", "text/plain;" + new string('a', 117)),
        ("Width", D128), ("Viewport-Width", D128), ("DPR", D128), ("Device-Memory", D128),
    ];

    public static TheoryData<Row> Rows => Named<Row>(
    [
        // methods: only GET/HEAD/POST are safelisted; fetch uppercases only DELETE GET HEAD OPTIONS POST PUT
        Simple("GET without headers", "GET"),
        Simple("HEAD", "HEAD"),
        Simple("POST without a body type", "POST"),
        new("get is normalized to GET", Fetch("get"), false, "GET", null),
        Preflighted("PUT", "PUT", "PUT", null),
        Preflighted("DELETE", "DELETE", "DELETE", null),
        Preflighted("OPTIONS", "OPTIONS", "OPTIONS", null),
        Preflighted("put is normalized to PUT", "put", "PUT", null),
        Preflighted("delete is normalized to DELETE", "delete", "DELETE", null),
        Preflighted("patch stays patch", "patch", "patch", null),
        Preflighted("PATCH stays PATCH", "PATCH", "PATCH", null),
        Preflighted("Patch stays Patch", "Patch", "Patch", null),

        // Content-Type
        Simple("Content-Type text/plain;charset=utf-8", "POST", ("Content-Type", "text/plain;charset=utf-8")),
        Simple("Content-Type TEXT/Plain (case-insensitive essence)", "POST", ("Content-Type", "TEXT/Plain")),
        Simple("Content-Type application/x-www-form-urlencoded", "POST", ("Content-Type", "application/x-www-form-urlencoded")),
        Simple("Content-Type multipart/form-data without boundary", "POST", ("Content-Type", "multipart/form-data")),
        Simple("Content-Type with whitespace around", "POST", ("Content-Type", " text/plain ")),
        Simple("Content-Type with a space before the parameters", "POST", ("Content-Type", "text/plain ; charset=utf-8")),
        Preflighted("Content-Type application/json", "POST", "POST", "content-type", ("Content-Type", "application/json")),
        Preflighted("Content-Type with a quoted parameter (unsafe byte \")", "POST", "POST", "content-type", ("Content-Type", "text/plain; charset=\"utf-8\"")),
        Preflighted("Content-Type text/plain/x", "POST", "POST", "content-type", ("Content-Type", "text/plain/x")),
        Preflighted("Content-Type text/ without subtype", "POST", "POST", "content-type", ("Content-Type", "text/")),
        Preflighted("Content-Type on two lines (combined value)", "POST", "POST", "content-type", ("Content-Type", "text/plain"), ("Content-Type", "text/plain")),

        // Accept / Accept-Language / Content-Language byte rules and the 128-byte limit
        Simple("Accept of 128 bytes", "GET", ("Accept", A128)),
        Preflighted("Accept of 129 bytes", "GET", "GET", "accept", ("Accept", A129)),
        Preflighted("Accept with the unsafe byte (", "GET", "GET", "accept", ("Accept", "a(b")),
        Simple("Accept on two lines (a, b)", "GET", ("Accept", "a"), ("Accept", "b")),
        Simple("Accept-Language en-US,de;q=0.5", "GET", ("Accept-Language", "en-US,de;q=0.5")),
        Preflighted("Accept-Language with a slash", "GET", "GET", "accept-language", ("Accept-Language", "en/us")),
        Preflighted("Accept-Language of 129 bytes", "GET", "GET", "accept-language", ("Accept-Language", A129)),
        Simple("Content-Language empty", "GET", ("Content-Language", "")),

        // Range
        Simple("Range bytes=0-", "GET", ("Range", "bytes=0-")),
        Simple("Range bytes=0-10", "GET", ("Range", "bytes=0-10")),
        Preflighted("Range suffix bytes=-5", "GET", "GET", "range", ("Range", "bytes=-5")),
        Preflighted("Range with two ranges", "GET", "GET", "range", ("Range", "bytes=0-1,3-4")),
        Preflighted("Range with start after end", "GET", "GET", "range", ("Range", "bytes=5-1")),
        Preflighted("Range in another unit", "GET", "GET", "range", ("Range", "items=0-")),

        // Chromium's client hints
        Simple("client hints DPR, Width, Viewport-Width, Device-Memory, Save-Data", "GET",
            ("DPR", "2"), ("Width", "100"), ("Viewport-Width", "100"), ("Device-Memory", "8"), ("Save-Data", "on")),
        Simple("client hints RTT, Downlink, ECT", "GET", ("RTT", "50"), ("Downlink", "1.5"), ("ECT", "4g")),
        Preflighted("Width that is not an integer", "GET", "GET", "width", ("Width", "1.5")),
        Preflighted("Save-Data off", "GET", "GET", "save-data", ("Save-Data", "off")),
        Preflighted("ECT foo", "GET", "GET", "ect", ("ECT", "foo")),

        // 1024-byte total of safelisted values
        Simple("safelisted values totalling exactly 1024 bytes", "GET", Safelisted1024),
        Preflighted("safelisted values totalling 1026 bytes: every safelisted name becomes unsafe", "GET", "GET",
            "accept,accept-language,content-language,content-type,device-memory,dpr,save-data,viewport-width,width,x-z",
            [.. Safelisted1024, ("Save-Data", "on"), ("X-Z", "1")]),

        // author headers: lowercase, sorted, de-duplicated; forbidden names dropped by fetch()
        Preflighted("Authorization", "GET", "GET", "authorization", ("Authorization", "Bearer t")),
        Preflighted("names lowercased, sorted, de-duplicated", "GET", "GET", "content-type,x-a,x-b",
            ("X-B", "1"), ("X-A", "1"), ("x-a", "2"), ("Content-Type", "application/json")),
        Preflighted("PUT with JSON and Authorization", "PUT", "PUT", "authorization,content-type",
            ("Content-Type", "application/json"), ("Authorization", "Bearer t")),
        Simple("forbidden names are dropped, not preflighted", "GET", ("User-Agent", "x"), ("Cookie", "a=b"), ("Sec-Fetch-Mode", "cors"), ("Proxy-Authorization", "x")),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Preflight_trigger_matches_chromium(Row row)
    {
        var requirement = BrowserModel.NeedsPreflight(row.Request);

        requirement.Required.ShouldBe(row.Required, row.Name);
        requirement.RequestMethod.ShouldBe(row.Method, row.Name);
        requirement.AccessControlRequestHeaders.ShouldBe(row.RequestHeaders, row.Name);
        if (row.Required)
            requirement.Reason.ShouldNotBeNullOrWhiteSpace(row.Name);
        else
            requirement.Reason.ShouldBeNull(row.Name);
    }

    [Fact]
    public void Reasons_name_every_cause_in_plain_words()
    {
        var requirement = BrowserModel.NeedsPreflight(Fetch("PUT", [("Content-Type", "application/json"), ("Accept", A129)]));

        requirement.Reason.ShouldBe(
            "method PUT is not CORS-safelisted (only GET, HEAD and POST are); " +
            "header content-type 'application/json' is not application/x-www-form-urlencoded, multipart/form-data or text/plain; " +
            "header accept value is 129 bytes, above the 128-byte limit for a safelisted header");
        requirement.UnsafeHeaderNames.ShouldBe(["accept", "content-type"]);
    }

    [Fact]
    public void Reason_for_the_total_limit_names_the_total_and_the_headers()
    {
        var requirement = BrowserModel.NeedsPreflight(Fetch("GET", [.. Safelisted1024, ("Save-Data", "on")]));

        requirement.Reason.ShouldBe(
            "safelisted header values total 1026 bytes, above the 1024-byte limit, so accept, accept-language, content-language, " +
            "content-type, device-memory, dpr, save-data, viewport-width, width become CORS-unsafe");
    }

    public static TheoryData<string, CorsRequest, string> InvalidRequests => new()
    {
        { "empty origin", new CorsRequest("", "GET", Url, [], CredentialsMode.SameOrigin), "no Origin" },
        { "TRACE method", Fetch("TRACE"), "forbidden" },
        { "method with a space", Fetch("GE T"), "not an HTTP token" },
        { "header name with a colon", Fetch("GET", [("X:A", "1")]), "'X:A' is not an HTTP token" },
        { "relative URL", new CorsRequest(Origin, "GET", new Uri("/orders", UriKind.Relative), [], CredentialsMode.SameOrigin), "not absolute" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Requests_fetch_would_reject_give_a_clear_error(string name, CorsRequest request, string expected)
    {
        var error = Should.Throw<ArgumentException>(() => BrowserModel.NeedsPreflight(request), name);
        error.Message.ShouldContain(expected, Case.Sensitive, name);
    }
}
