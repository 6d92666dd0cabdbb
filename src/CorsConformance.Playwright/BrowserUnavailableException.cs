using CorsConformance.Running;

namespace CorsConformance.Playwright;

/// <summary>Chromium could not be found or launched; the message says why and how to fix it.</summary>
public sealed class BrowserUnavailableException : VerdictConfirmerUnavailableException
{
    /// <summary>Creates the exception with a message naming the cause and the fix.</summary>
    public BrowserUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
}
