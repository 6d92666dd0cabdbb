using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace CorsConformance.Playwright.Locating;

/// <summary>
/// Finds a Chromium executable. Order: the explicit option, the environment variables
/// <c>CORS_CONFORMANCE_BROWSER</c> and <c>PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH</c>, Playwright's installed browsers
/// (<c>PLAYWRIGHT_BROWSERS_PATH</c> or the default cache folder), then the system's standard install locations.
/// Never throws: when nothing is found the result says exactly how to install a browser.
/// </summary>
public static partial class ChromiumLocator
{
    /// <summary>The environment variable that names the browser executable to use.</summary>
    public const string BrowserVariable = "CORS_CONFORMANCE_BROWSER";

    /// <summary>Playwright's own variable for a Chromium executable (also honoured).</summary>
    public const string PlaywrightExecutableVariable = "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH";

    /// <summary>Playwright's variable for the folder its browsers are installed in.</summary>
    public const string PlaywrightBrowsersPathVariable = "PLAYWRIGHT_BROWSERS_PATH";

    /// <summary>Finds Chromium, preferring <paramref name="explicitPath"/> when given.</summary>
    public static ChromiumLocation Locate(string? explicitPath = null) => Locate(explicitPath, LocatorEnvironment.Current);

    internal static ChromiumLocation Locate(string? explicitPath, LocatorEnvironment env)
    {
        var searched = new List<string>();

        var named = NamedPath(explicitPath, env);
        if (named is { } n)
        {
            searched.Add(n.Path);
            return env.FileExists(n.Path)
                ? new ChromiumLocation { ExecutablePath = n.Path, Source = n.Source, Searched = searched }
                : new ChromiumLocation
                {
                    Searched = searched,
                    Reason = $"The browser named by {n.Source} does not exist: '{n.Path}'. Point it at a Chromium executable "
                        + $"(e.g. /usr/bin/chromium after `apt-get install chromium`), or unset it to search the standard locations.",
                };
        }

        foreach (var candidate in PlaywrightInstalled(env))
        {
            searched.Add(candidate);
            if (env.FileExists(candidate))
                return new ChromiumLocation { ExecutablePath = candidate, Source = "Playwright's installed browsers", Searched = searched };
        }

        foreach (var candidate in SystemPaths(env))
        {
            searched.Add(candidate);
            if (env.FileExists(candidate))
                return new ChromiumLocation { ExecutablePath = candidate, Source = "system path", Searched = searched };
        }

        return new ChromiumLocation { Searched = searched, Reason = NotFoundReason(env, searched) };
    }

    private static (string Path, string Source)? NamedPath(string? explicitPath, LocatorEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return (explicitPath.Trim(), "option ExecutablePath");
        foreach (var variable in new[] { BrowserVariable, PlaywrightExecutableVariable })
        {
            var value = env.GetVariable(variable);
            if (!string.IsNullOrWhiteSpace(value))
                return (value.Trim(), $"environment variable {variable}");
        }
        return null;
    }

    /// <summary>Chromium builds under Playwright's browser folder, newest revision first.</summary>
    private static IEnumerable<string> PlaywrightInstalled(LocatorEnvironment env)
    {
        var root = env.GetVariable(PlaywrightBrowsersPathVariable);
        if (string.IsNullOrWhiteSpace(root) || root == "0")
        {
            root = env.Platform == OSPlatform.Windows
                ? Path.Combine(env.GetVariable("LOCALAPPDATA") ?? Path.Combine(env.HomeDirectory, "AppData", "Local"), "ms-playwright")
                : env.Platform == OSPlatform.OSX
                    ? Path.Combine(env.HomeDirectory, "Library", "Caches", "ms-playwright")
                    : Path.Combine(env.GetVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(env.HomeDirectory, ".cache"), "ms-playwright");
        }

        var builds = env.ListDirectories(root)
            .Select(dir => (Dir: dir, Match: RevisionFolder().Match(Path.GetFileName(dir))))
            .Where(x => x.Match.Success)
            .OrderByDescending(x => int.Parse(x.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        foreach (var (dir, _) in builds)
        {
            foreach (var relative in PlaywrightExecutables(env.Platform))
                yield return Path.Combine(dir, relative);
        }
    }

    private static IEnumerable<string> PlaywrightExecutables(OSPlatform platform)
    {
        if (platform == OSPlatform.Windows)
            return [Path.Combine("chrome-win64", "chrome.exe"), Path.Combine("chrome-win", "chrome.exe")];
        if (platform == OSPlatform.OSX)
            return
            [
                Path.Combine("chrome-mac-arm64", "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing"),
                Path.Combine("chrome-mac-x64", "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing"),
                Path.Combine("chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"),
            ];
        return [Path.Combine("chrome-linux64", "chrome"), Path.Combine("chrome-linux", "chrome")];
    }

    private static IEnumerable<string> SystemPaths(LocatorEnvironment env)
    {
        if (env.Platform == OSPlatform.Windows)
        {
            foreach (var root in new[] { env.GetVariable("ProgramFiles"), env.GetVariable("ProgramFiles(x86)"), env.GetVariable("LOCALAPPDATA") })
            {
                if (string.IsNullOrEmpty(root)) continue;
                yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
                yield return Path.Combine(root, "Chromium", "Application", "chrome.exe");
                yield return Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe");
            }
            yield break;
        }
        if (env.Platform == OSPlatform.OSX)
        {
            yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
            yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
            yield return Path.Combine(env.HomeDirectory, "Applications", "Chromium.app", "Contents", "MacOS", "Chromium");
            yield return "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
            yield break;
        }
        yield return "/usr/bin/chromium";
        yield return "/usr/bin/chromium-browser";
        yield return "/usr/bin/google-chrome";
        yield return "/usr/bin/google-chrome-stable";
        yield return "/snap/bin/chromium";
        yield return "/usr/lib/chromium/chromium";
    }

    private static string NotFoundReason(LocatorEnvironment env, IReadOnlyList<string> searched)
    {
        var install = env.Platform == OSPlatform.Windows
            ? "install Google Chrome or Chromium"
            : env.Platform == OSPlatform.OSX
                ? "install Chromium (`brew install --cask chromium`) or Google Chrome"
                : "install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`)";
        return $"No Chromium browser found, so the real-browser checks cannot run. To fix: {install}, "
            + $"or set {BrowserVariable}=/path/to/chromium, or run `pwsh bin/Debug/net10.0/playwright.ps1 install chromium` "
            + $"for Playwright's own build. Searched: {string.Join(", ", searched)}.";
    }

    [GeneratedRegex(@"^chromium-(\d+)$")]
    private static partial Regex RevisionFolder();
}
