namespace CorsConformance.Playwright.Confirmation;

/// <summary>What Chromium did with one fetch.</summary>
public enum BrowserOutcome
{
    /// <summary>fetch() resolved: script received the response.</summary>
    Accepted,
    /// <summary>fetch() rejected and Chromium reported a CORS error.</summary>
    Blocked,
    /// <summary>fetch() rejected without a CORS error (connection refused, invalid response, ...).</summary>
    NetworkError,
    /// <summary>The case could not be run in the browser (timeout, an origin no page can have, ...).</summary>
    NotMeasured,
}
