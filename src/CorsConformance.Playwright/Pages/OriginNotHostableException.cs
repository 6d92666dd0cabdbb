namespace CorsConformance.Playwright.Pages;

/// <summary>No page can be put at this origin (not an http(s) origin, or not in serialized form).</summary>
internal sealed class OriginNotHostableException(string message) : Exception(message);
