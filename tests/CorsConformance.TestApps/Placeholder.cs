namespace CorsConformance.TestApps;

internal static class Placeholder;
