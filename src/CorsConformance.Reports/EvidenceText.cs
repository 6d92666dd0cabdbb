using System.Text;
using CorsConformance.Findings;
using CorsConformance.Http;

namespace CorsConformance.Reports;

/// <summary>Renders evidence as the lines a person reads: the request sent (<c>&gt;</c>) and the response received (<c>&lt;</c>).</summary>
internal static class EvidenceText
{
    /// <summary>Request headers worth showing: the CORS-relevant ones and anything the user added.</summary>
    public static string Render(Evidence evidence)
    {
        var text = new StringBuilder();
        text.Append("> ").Append(evidence.Request.Method).Append(' ').Append(evidence.Request.Url).Append('\n');
        foreach (var line in evidence.Request.Headers)
            text.Append("> ").Append(line.ToString()).Append('\n');
        if (evidence.Response is null)
        {
            text.Append("< (no response)\n");
            return text.ToString();
        }
        text.Append("< ").Append(evidence.Response.Status);
        if (!string.IsNullOrEmpty(evidence.Response.ReasonPhrase)) text.Append(' ').Append(evidence.Response.ReasonPhrase);
        text.Append('\n');
        foreach (var line in evidence.Response.Headers)
        {
            var deciding = evidence.DecidingHeaders.Contains(line);
            text.Append("< ").Append(line.ToString());
            if (deciding) text.Append("   <-- deciding");
            text.Append('\n');
        }
        if (evidence.Response.Headers.Count == 0) text.Append("< (no headers)\n");
        return text.ToString();
    }

    public static string Render(IEnumerable<Evidence> evidence) =>
        string.Join("\n", evidence.Select(Render)).TrimEnd('\n');

    /// <summary>Header lines in one line each, <c>Name: value</c>.</summary>
    public static IEnumerable<string> Lines(IEnumerable<HeaderLine> lines) => lines.Select(l => l.ToString());
}
