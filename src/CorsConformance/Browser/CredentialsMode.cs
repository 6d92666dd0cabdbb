namespace CorsConformance.Browser;

/// <summary>The fetch() credentials mode of a request.</summary>
public enum CredentialsMode
{
    /// <summary><c>credentials: 'same-origin'</c> (fetch's default): no cookies cross-origin; wildcards allowed.</summary>
    SameOrigin,
    /// <summary><c>credentials: 'omit'</c>.</summary>
    Omit,
    /// <summary><c>credentials: 'include'</c> (or XHR withCredentials): wildcards become literal, ACAC must be exactly <c>true</c>.</summary>
    Include,
}
