using System.Reflection;
using CorsConformance.Xunit.Rows;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace CorsConformance.Xunit.Data;

/// <summary>Theory data: one contract-wide row per endpoint of the derived class's contract.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ContractWideRowsAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var rows = CorsCasesAttribute.For(testMethod.ReflectedType);
        if (rows.Contract is null)
            return new([Row(RowNames.ContractError, RowNames.ContractErrorDisplayName(rows.ContractError ?? "unknown error"), null)]);
        var endpoints = rows.Contract.Endpoints.Select(e => e.Path).Distinct(StringComparer.Ordinal).ToArray();
        IReadOnlyCollection<ITheoryDataRow> data = endpoints.Length == 0
            ? [Row(RowNames.NoEndpoint, "no endpoint in the contract", "The contract lists no endpoint, so there is no contract-wide check.")]
            : endpoints.Select(path => Row(path, RowNames.ContractWideDisplayName(path), rows.SkipReason)).ToArray();
        return new(data);
    }

    public override bool SupportsDiscoveryEnumeration() => true;

    private static TheoryDataRow<string> Row(string value, string displayName, string? skip) => TheoryRows.Of(value, displayName, skip, "ContractWide");
}
