using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>What a page's script asks the browser to do: the input of the browser model.</summary>
/// <param name="Origin">The serialized origin of the page (e.g. <c>https://app.example.com</c>, or <c>null</c>).</param>
/// <param name="Method">The method passed to fetch() (fetch uppercases only DELETE GET HEAD OPTIONS POST PUT).</param>
/// <param name="Url">The absolute URL fetched.</param>
/// <param name="Headers">The author headers set by the script (not Origin, not browser-added headers).</param>
/// <param name="Credentials">The credentials mode.</param>
/// <param name="Body">The body text, or null.</param>
public sealed record CorsRequest(
    string Origin,
    string Method,
    Uri Url,
    IReadOnlyList<HeaderLine> Headers,
    CredentialsMode Credentials,
    string? Body = null)
{
    /// <summary>True when cookies/HTTP auth are attached (mode <see cref="CredentialsMode.Include"/>).</summary>
    public bool IsCredentialed => Credentials == CredentialsMode.Include;
}
