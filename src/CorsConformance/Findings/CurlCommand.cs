using System.Text;
using CorsConformance.Http;

namespace CorsConformance.Findings;

/// <summary>Renders a recorded request as a curl command line that reproduces it (redacted values stay redacted).</summary>
public static class CurlCommand
{
    /// <summary>The curl command for <paramref name="request"/>, shell-quoted for POSIX shells.</summary>
    public static string For(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder("curl -i");
        if (request.Method != "GET") text.Append(" -X ").Append(Quote(request.Method));
        text.Append(' ').Append(Quote(request.Url.ToString()));
        foreach (var header in request.Headers)
            text.Append(" -H ").Append(Quote($"{header.Name}: {header.Value}"));
        if (request.Body is not null)
            text.Append(" --data-raw ").Append(Quote(request.Body));
        return text.ToString();
    }

    private static string Quote(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@,%".Contains(c, StringComparison.Ordinal))
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
