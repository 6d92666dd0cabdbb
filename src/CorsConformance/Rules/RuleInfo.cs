namespace CorsConformance.Rules;

/// <summary>Everything known about one rule: what it checks, what Chromium prints, why it matters and how to fix it.</summary>
/// <param name="Id">The stable rule id.</param>
/// <param name="Title">A one-line title.</param>
/// <param name="DefaultSeverity">The severity a finding of this rule has unless raised (e.g. by credentials).</param>
/// <param name="ChromiumMessage">Chromium's console detail (template with &lt;v&gt;/&lt;M&gt; placeholders), or null when the browser prints nothing.</param>
/// <param name="Why">Why it matters.</param>
/// <param name="Fix">How to fix it, generic and for ASP.NET Core.</param>
/// <param name="Section">The catalog section: browser verdict, cache and error path, or security.</param>
public sealed record RuleInfo(string Id, string Title, Severity DefaultSeverity, string? ChromiumMessage, string Why, string Fix, string Section);
