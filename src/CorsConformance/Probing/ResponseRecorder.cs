using CorsConformance.Http;

namespace CorsConformance.Probing;

/// <summary>
/// Turns an <see cref="HttpResponseMessage"/> into the header lines that travelled: one <see cref="HeaderLine"/> per received
/// line, repeated lines kept apart (HttpClient keeps two Access-Control-Allow-Origin lines as two values on both the
/// TestServer and the socket transports; see RepeatedHeaderTests).
/// </summary>
internal static class ResponseRecorder
{
    public static RecordedResponse Record(HttpResponseMessage response)
    {
        // Counted first so the recorded list is exactly as long as the response (it lives as long as the report).
        var count = 0;
        foreach (var header in response.Headers.NonValidated)
            count += header.Value.Count;
        foreach (var header in response.Content.Headers.NonValidated)
            count += header.Value.Count;

        var lines = new HeaderLine[count];
        var i = 0;
        foreach (var header in response.Headers.NonValidated)
            foreach (var value in header.Value)
                lines[i++] = new HeaderLine(header.Key, value);
        foreach (var header in response.Content.Headers.NonValidated)
            foreach (var value in header.Value)
                lines[i++] = new HeaderLine(header.Key, value);
        return new RecordedResponse((int)response.StatusCode, lines, response.ReasonPhrase);
    }
}
