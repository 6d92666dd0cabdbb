using System.Runtime.CompilerServices;
using Xunit;

namespace CorsConformance.Tests.Contract;

/// <summary>Finds the sample contracts next to this file (source tree), wherever the test binary was built.</summary>
internal static class ContractSamples
{
    public static string Directory { get; } = Locate();

    public static IEnumerable<string> Valid => System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal);

    public static IEnumerable<string> Invalid => System.IO.Directory.GetFiles(Path.Combine(Directory, "Invalid"), "*.json").Order(StringComparer.Ordinal);

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    public static TheoryData<string> ValidNames() => [.. Valid.Select(p => Path.GetFileName(p))];

    public static TheoryData<string> InvalidNames() => [.. Invalid.Select(p => Path.GetFileName(p))];

    private static string Locate([CallerFilePath] string sourceFile = "")
    {
        const string relative = "tests/CorsConformance.Tests/Contract/Samples";
        var candidates = new List<string>
        {
            Path.Combine(AppContext.BaseDirectory, "Contract", "Samples"),
            Path.Combine(Path.GetDirectoryName(sourceFile) ?? "", "Samples"),
        };
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                candidates.Add(Path.Combine(dir.FullName, relative));
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "shop-api.cors-contract.json")))
            ?? throw new InvalidOperationException("Sample contracts not found; looked in: " + string.Join(", ", candidates.Distinct()));
    }
}
