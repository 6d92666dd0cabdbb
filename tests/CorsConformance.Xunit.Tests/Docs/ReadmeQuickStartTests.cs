using System.Reflection;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace CorsConformance.Xunit.Tests.Docs;

/// <summary>
/// The README's quick start is the main example's test class, character for character, so what a newcomer copies is
/// what the first README command compiles and runs green (ShopApiSuiteTests runs that class).
/// </summary>
public sealed partial class ReadmeQuickStartTests
{
    [GeneratedRegex(@"```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    private static string Root => typeof(ReadmeQuickStartTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    [Fact]
    public void The_quick_start_block_is_the_main_examples_test_class()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var example = File.ReadAllText(Path.Combine(Root, "examples", "ShopApi.Tests", "ShopApiCors.cs"));

        var quickStart = CSharpBlock().Match(readme).Groups["code"].Value;

        Normalize(quickStart).ShouldBe(Normalize(example));
    }

    [Fact]
    public void The_readme_names_the_two_commands_and_the_first_runs_the_main_example()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        readme.ShouldContain("dotnet test --project examples/ShopApi.Tests/ShopApi.Tests.csproj");
        readme.ShouldContain("dotnet test CorsConformance.sln");
        File.ReadAllText(Path.Combine(Root, ".ci", "run")).ShouldContain("dotnet test CorsConformance.sln");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();
}
