using CorsConformance.Cases;
using CorsConformance.Contract;

namespace CorsConformance.Xunit.Data;

/// <summary>What discovery reads from one derived test class: its cases by family, or why its contract cannot be read.</summary>
internal sealed class SuiteRows
{
    private readonly IReadOnlyList<CorsCase> _cases;

    private SuiteRows(IReadOnlyList<CorsCase> cases, CorsContract? contract, string? contractError, string? skipReason)
    {
        _cases = cases;
        Contract = contract;
        ContractError = contractError;
        SkipReason = skipReason;
    }

    public CorsContract? Contract { get; }

    public string? ContractError { get; }

    public string? SkipReason { get; }

    public IReadOnlyList<string> CaseNames(CaseFamily family) =>
        _cases.Where(c => c.Family == family).Select(c => c.Name).ToArray();

    public static SuiteRows Read(Type type)
    {
        try
        {
            var suite = SuiteInstances.Create<CorsConformanceSuite>(type);
            var contract = suite.ReadContract() ?? throw new InvalidOperationException($"{type.Name}.Contract returned null.");
            var options = suite.ReadRunOptions();
            var cases = CaseMatrix.Expand(contract, options.IncludeSecurityProbes, options.IncludeWebSockets);
            return new SuiteRows(cases, contract, null, suite.SkipReason);
        }
        catch (Exception ex)
        {
            return new SuiteRows([], null, OneLine(ex), null);
        }
    }

    private static string OneLine(Exception ex)
    {
        var message = ex.Message.ReplaceLineEndings(" ");
        return message.Length <= 200 ? message : message[..197] + "...";
    }
}
