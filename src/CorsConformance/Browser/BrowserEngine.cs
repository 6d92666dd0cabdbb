namespace CorsConformance.Browser;

/// <summary>Browser engines whose known behaviour the model can report.</summary>
public enum BrowserEngine
{
    /// <summary>Chrome, Edge, Opera (the model's primary target).</summary>
    Chromium,
    /// <summary>Firefox.</summary>
    Firefox,
    /// <summary>Safari.</summary>
    WebKit,
}
