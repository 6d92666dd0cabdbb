using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CorsConformance.Benchmarks;

/// <summary>Cases of the ShopApi matrix per second of the operation's mean time.</summary>
internal sealed class CasesPerSecondColumn : IColumn
{
    public string Id => nameof(CasesPerSecondColumn);
    public string ColumnName => "Cases/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"Cases of the ShopApi matrix ({ShopMatrix.CaseCount}) per second of the mean";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (ShopMatrix.CaseCount / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture) : "-";
    }
}
