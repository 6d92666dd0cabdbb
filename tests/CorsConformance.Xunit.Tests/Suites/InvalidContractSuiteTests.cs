using CorsConformance.Xunit.Tests.ChildRuns;
using Shouldly;
using Xunit;

namespace CorsConformance.Xunit.Tests.Suites;

/// <summary>A contract the validator refuses: one failing row per theory, carrying the field and the fix; nothing passes.</summary>
public sealed class InvalidContractSuiteTests(InMemorySuitesRun suites)
{
    [Fact]
    public void Every_row_fails_with_the_validators_field_and_fix()
    {
        var rows = suites.Run.Of("InvalidContractCors");
        rows.ShouldAllBe(r => r.Failed);
        rows.Where(r => r.Method != "RoutesAreCoveredOrExcluded").ShouldAllBe(r => r.Name.StartsWith("contract could not be read: ", StringComparison.Ordinal));
        rows.Select(r => r.Method).Distinct().Count().ShouldBe(rows.Count); // one row per theory, not one per (non-existent) case
        rows.ShouldAllBe(r => r.Message!.Contains("allowedOrigins[0]: 'https://app.example.com/' ends with '/'", StringComparison.Ordinal)
                              && r.Message.Contains("Fix: write 'https://app.example.com'", StringComparison.Ordinal));
    }
}
