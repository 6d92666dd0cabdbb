using CorsConformance.Findings;
using CorsConformance.Http;
using CorsConformance.Probing;
using CorsConformance.Running;

namespace CorsConformance.Reports.Redaction;

/// <summary>
/// Replaces the values of secret headers (those passed with <c>--header</c>) by <c>***</c>: structurally in every recorded
/// header line named like a secret header, and textually wherever the value itself appears (summaries, curl lines, notes).
/// </summary>
internal sealed class SecretRedactor
{
    /// <summary>What a secret value is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>Values shorter than this are redacted only structurally (by header name), never as free-text substrings.</summary>
    public const int MinTextualLength = 4;

    /// <summary>Pieces of a value (split at spaces, <c>;</c>, <c>,</c>, <c>=</c>) at least this long are masked on their own too.</summary>
    public const int MinPieceLength = 8;

    private readonly HashSet<string> _names;
    private readonly string[] _values;

    public SecretRedactor(IEnumerable<HeaderLine> secrets)
    {
        var list = secrets.ToList();
        _names = new HashSet<string>(list.Select(h => h.Name.Trim()), StringComparer.OrdinalIgnoreCase);
        // The whole value, and each long enough piece of it (the token after "Bearer ", the value of a cookie), so a server
        // or an engine message quoting only part of the secret does not leak it either.
        _values = list.Select(h => h.Value.Trim())
            .SelectMany(v => new[] { v }.Concat(v.Split([' ', '\t', ';', ',', '='], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(piece => piece.Length >= MinPieceLength)))
            .Where(v => v.Length >= MinTextualLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(v => v.Length) // longest first, so a value containing another is masked whole
            .ToArray();
    }

    public bool IsEmpty => _names.Count == 0;

    public string Text(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        foreach (var value in _values)
            text = text.Replace(value, Mask, StringComparison.Ordinal);
        return text;
    }

    public string? NullableText(string? text) => text is null ? null : Text(text);

    public IReadOnlyList<HeaderLine> Headers(IReadOnlyList<HeaderLine> lines) =>
        lines.Select(Header).ToList();

    public HeaderLine Header(HeaderLine line) =>
        _names.Contains(line.Name.Trim()) ? line with { Value = Mask } : line with { Value = Text(line.Value) };

    public ConformanceReport Report(ConformanceReport report)
    {
        if (IsEmpty) return report;
        return report with
        {
            Cases = report.Cases.Select(Case).ToList(),
            Findings = report.Findings.Select(Finding).ToList(),
        };
    }

    private CaseResult Case(CaseResult result) => result with
    {
        Case = result.Case with { Name = Text(result.Case.Name), Headers = Headers(result.Case.Headers) },
        Preflight = Exchange(result.Preflight),
        Actual = Exchange(result.Actual),
        Verdict = result.Verdict is null ? null : result.Verdict with { ChromiumDetail = NullableText(result.Verdict.ChromiumDetail) },
        Findings = result.Findings.Select(Finding).ToList(),
        Note = NullableText(result.Note),
    };

    private Finding Finding(Finding finding) => finding with
    {
        Summary = Text(finding.Summary),
        CaseName = NullableText(finding.CaseName),
        BrowserMessage = NullableText(finding.BrowserMessage),
        Why = Text(finding.Why),
        Fix = Text(finding.Fix),
        Curl = NullableText(finding.Curl),
        Evidence = finding.Evidence.Select(Evidence).ToList(),
    };

    private Evidence Evidence(Evidence evidence) => evidence with
    {
        Request = Request(evidence.Request),
        Response = Response(evidence.Response),
        DecidingHeaders = Headers(evidence.DecidingHeaders),
    };

    private Exchange? Exchange(Exchange? exchange) => exchange is null ? null : exchange with
    {
        Request = Request(exchange.Request),
        Response = Response(exchange.Response),
        TransportError = NullableText(exchange.TransportError),
    };

    private RecordedRequest Request(RecordedRequest request) => request with
    {
        Headers = Headers(request.Headers),
        Body = NullableText(request.Body),
    };

    private RecordedResponse? Response(RecordedResponse? response) => response is null ? null : response with
    {
        Headers = Headers(response.Headers),
    };
}
