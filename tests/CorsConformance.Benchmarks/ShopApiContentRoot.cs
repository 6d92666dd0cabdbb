using System.Text.Json;

namespace CorsConformance.Benchmarks;

/// <summary>
/// WebApplicationFactory looks for MvcTestingAppManifest.json in the current directory, which is the test output
/// folder under a test runner but wherever <c>dotnet run</c> was typed here (or BenchmarkDotNet's own folder). So the
/// content root is handed over the way the factory documents: <c>ASPNETCORE_TEST_CONTENTROOT_SHOPAPI</c>, read from the
/// manifest next to this assembly (examples/ShopApi), else this assembly's folder (ShopApi's appsettings.json is copied there).
/// </summary>
internal static class ShopApiContentRoot
{
    private const string Variable = "ASPNETCORE_TEST_CONTENTROOT_SHOPAPI";

    public static void EnsureFindable()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 }) return;
        Environment.SetEnvironmentVariable(Variable, FromManifest() ?? AppContext.BaseDirectory);
    }

    private static string? FromManifest()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        if (!File.Exists(manifest)) return null;
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var shopApi = typeof(Program).Assembly.FullName;
        return document.RootElement.EnumerateObject()
            .Where(p => p.Name == shopApi && p.Value.ValueKind == JsonValueKind.String)
            .Select(p => p.Value.GetString())
            .FirstOrDefault(Directory.Exists);
    }
}
