namespace CorsConformance.Xunit.Tests.ChildRuns;

/// <summary>One test row of a child run, as its xunit XML report states it.</summary>
/// <param name="Class">The test class's short name, e.g. <c>BrokenApiCors</c>.</param>
/// <param name="Method">The theory or fact, e.g. <c>Preflight</c>.</param>
/// <param name="Name">The row's display name (the case name for theory rows).</param>
/// <param name="Result"><c>Pass</c>, <c>Fail</c> or <c>Skip</c>.</param>
/// <param name="Message">The failure message, or null.</param>
/// <param name="SkipReason">Why it was skipped, or null.</param>
/// <param name="Warnings">The warnings the row attached.</param>
internal sealed record RowResult(string Class, string Method, string Name, string Result, string? Message, string? SkipReason, IReadOnlyList<string> Warnings)
{
    public bool Passed => Result == "Pass";
    public bool Failed => Result == "Fail";
    public bool Skipped => Result == "Skip";
}
