using Xunit;

namespace CorsConformance.Xunit.Data;

/// <summary>One theory row: its value, the display name people read (the case name, without an argument list), a skip reason and traits.</summary>
internal static class TheoryRows
{
    public static TheoryDataRow<string> Of(string value, string displayName, string? skip, string family) => new(value)
    {
        TestDisplayName = displayName,
        Label = "", // no "(caseName: ...)" suffix: the display name already is the case
        Skip = skip,
        Traits = { ["Category"] = ["CORS"], ["CorsFamily"] = [family] },
    };
}
