using System.Collections.Concurrent;
using System.Reflection;
using CorsConformance.Cases;
using CorsConformance.Xunit.Rows;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace CorsConformance.Xunit.Data;

/// <summary>
/// Theory data: one row per case of <see cref="Family"/> in the contract of the class being run (xunit passes the
/// derived class as <c>testMethod.ReflectedType</c>, so each derived class gets its own rows). The row's display
/// name is the case name. A family with no case yields one skipped row saying why; a contract that cannot be read
/// yields one failing row carrying the contract's own error.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class CorsCasesAttribute(CaseFamily family) : DataAttribute
{
    private static readonly ConcurrentDictionary<Type, Lazy<SuiteRows>> RowsByClass = new();

    public CaseFamily Family { get; } = family;

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var rows = For(testMethod.ReflectedType);
        IReadOnlyCollection<ITheoryDataRow> data = rows.ContractError is { } error
            ? [Row(RowNames.ContractError, RowNames.ContractErrorDisplayName(error), null)]
            : rows.CaseNames(Family) is { Count: > 0 } names
                ? names.Select(name => Row(name, name, rows.SkipReason)).ToArray()
                : [Row(RowNames.EmptyFamily, RowNames.EmptyFamilyDisplayName(Family), RowNames.EmptyFamilyReason(Family))];
        return new(data);
    }

    public override bool SupportsDiscoveryEnumeration() => true;

    internal static SuiteRows For(Type? reflectedType)
    {
        ArgumentNullException.ThrowIfNull(reflectedType);
        return RowsByClass.GetOrAdd(reflectedType, type => new Lazy<SuiteRows>(() => SuiteRows.Read(type))).Value;
    }

    private TheoryDataRow<string> Row(string value, string displayName, string? skip) => TheoryRows.Of(value, displayName, skip, Family.ToString());
}
