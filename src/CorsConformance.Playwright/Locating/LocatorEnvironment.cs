using System.Runtime.InteropServices;

namespace CorsConformance.Playwright.Locating;

/// <summary>What the locator reads from the machine (environment variables, files, folders), replaceable in tests.</summary>
internal sealed record LocatorEnvironment(
    Func<string, string?> GetVariable,
    Func<string, bool> FileExists,
    Func<string, IEnumerable<string>> ListDirectories,
    string HomeDirectory,
    OSPlatform Platform)
{
    /// <summary>The real machine.</summary>
    public static LocatorEnvironment Current { get; } = new(
        Environment.GetEnvironmentVariable,
        File.Exists,
        dir => Directory.Exists(dir) ? Directory.EnumerateDirectories(dir) : [],
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? OSPlatform.Windows
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? OSPlatform.OSX
            : OSPlatform.Linux);
}
