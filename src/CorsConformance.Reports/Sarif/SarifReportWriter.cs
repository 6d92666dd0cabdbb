using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorsConformance.Findings;
using CorsConformance.Http;
using CorsConformance.Rules;
using CorsConformance.Running;

namespace CorsConformance.Reports.Sarif;

/// <summary>
/// SARIF 2.1.0 (OASIS) written with System.Text.Json: one run, the catalog rules that fired as <c>reportingDescriptor</c>s,
/// one result per finding. Results point at the contract file (what a code-scanning dashboard can show) and carry the
/// endpoint as a logical location; the deciding request is in the result's properties.
/// </summary>
internal static class SarifReportWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(ConformanceReport report, RunGate gate, string toolVersion, string? contractPath, BrowserCheck? browser = null)
    {
        var ruleIds = report.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var ruleIndex = ruleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);

        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = ToolInfo.Name,
                    ["version"] = toolVersion,
                    ["semanticVersion"] = SemanticVersion(toolVersion),
                    ["informationUri"] = ToolInfo.InformationUri,
                    ["rules"] = new JsonArray(ruleIds.Select(Rule).ToArray<JsonNode?>()),
                },
            },
            ["invocations"] = new JsonArray(new JsonObject
            {
                ["executionSuccessful"] = gate.NotMeasured == 0,
                ["startTimeUtc"] = Utc(report.StartedAt),
                ["endTimeUtc"] = Utc(report.StartedAt + report.Duration),
                ["properties"] = new JsonObject
                {
                    ["baseUrl"] = report.BaseUrl.ToString(),
                    ["failOn"] = ReportWords.Of(gate.FailOn),
                    ["casesMeasured"] = gate.Measured,
                    ["casesNotMeasured"] = gate.NotMeasured,
                    ["casesSkipped"] = gate.Skipped,
                },

            }),
            ["results"] = new JsonArray(report.Findings.Select(f => Result(f, ruleIndex[f.RuleId], report.BaseUrl, contractPath)).ToArray<JsonNode?>()),
        };
        if (browser is not null)
        {
            var invocation = (JsonObject)((JsonArray)run["invocations"]!)[0]!;
            ((JsonObject)invocation["properties"]!)["browser"] = new JsonObject
            {
                ["browser"] = browser.Browser,
                ["confirmed"] = browser.Confirmed,
                ["agreed"] = browser.Agreed,
                ["disagreed"] = browser.Disagreed,
                ["notCompared"] = browser.NotCompared,
                ["notRun"] = browser.NotRun,
            };
            if (browser.Cases.Count > 0)
                invocation["toolExecutionNotifications"] = new JsonArray(BrowserNotifications(browser).ToArray<JsonNode?>());
        }
        if (!string.IsNullOrEmpty(contractPath))
            run["artifacts"] = new JsonArray(new JsonObject { ["location"] = new JsonObject { ["uri"] = ArtifactUri(contractPath) } });

        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
        return log.ToJsonString(Options);
    }

    private static JsonObject Rule(string id)
    {
        var known = RuleCatalog.TryGet(id, out var info);
        var rule = new JsonObject
        {
            ["id"] = id,
            ["name"] = PascalName(id),
            ["shortDescription"] = new JsonObject { ["text"] = known ? info.Title : id },
            ["fullDescription"] = new JsonObject { ["text"] = known ? info.Why : $"CORS rule {id}." },
            ["help"] = new JsonObject
            {
                ["text"] = known ? $"{info.Why} Fix: {info.Fix}" : $"Run 'cors-conformance explain {id}'.",
                ["markdown"] = known
                    ? $"**{info.Title}**\n\n{info.Why}\n\n**Fix:** {info.Fix}" + (info.ChromiumMessage is null ? "" : $"\n\n**Chromium prints:** `{info.ChromiumMessage}`")
                    : $"Run `cors-conformance explain {id}`.",
            },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(known ? info.DefaultSeverity : Severity.Warning) },
            ["properties"] = new JsonObject
            {
                ["tags"] = new JsonArray(((string[])["cors", known && info.Section == "security" ? "security" : "browser-compatibility"]).Select(t => (JsonNode?)t).ToArray()),
            },
        };
        if (known && info.Section == "security")
            ((JsonObject)rule["properties"]!)["security-severity"] = info.DefaultSeverity == Severity.Error ? "8.0" : "5.0";
        return rule;
    }

    private static JsonObject Result(Finding f, int ruleIndex, Uri baseUrl, string? contractPath)
    {
        var endpointUrl = Urls.Combine(baseUrl, f.Endpoint).ToString();
        var text = new StringBuilder(f.Summary);
        if (f.BrowserMessage is not null) text.Append(" Chromium: ").Append(f.BrowserMessage);
        text.Append(" Fix: ").Append(f.Fix);

        var location = new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = string.IsNullOrEmpty(contractPath) ? endpointUrl : ArtifactUri(contractPath) },
                ["region"] = new JsonObject { ["startLine"] = 1 },
            },
            ["logicalLocations"] = new JsonArray(new JsonObject
            {
                ["name"] = $"{f.Method ?? "*"} {f.Endpoint}",
                ["fullyQualifiedName"] = endpointUrl,
                ["kind"] = "resource",
            }),
        };

        var properties = new JsonObject
        {
            ["endpoint"] = f.Endpoint,
            ["method"] = f.Method,
            ["origin"] = f.Origin,
            ["credentials"] = f.Credentials is { } c ? ReportWords.Of(c) : null,
            ["predictedVerdict"] = f.PredictedVerdict is { } v ? ReportWords.Of(v) : null,
            ["browserMessage"] = f.BrowserMessage,
            ["case"] = f.CaseName,
            ["why"] = f.Why,
            ["fix"] = f.Fix,
            ["curl"] = f.Curl,
            ["evidence"] = f.Evidence.Count == 0 ? null : EvidenceText.Render(f.Evidence),
        };

        return new JsonObject
        {
            ["ruleId"] = f.RuleId,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(f.Severity),
            ["message"] = new JsonObject { ["text"] = text.ToString() },
            ["locations"] = new JsonArray(location),
            ["partialFingerprints"] = new JsonObject { ["corsConformanceFinding/v1"] = Fingerprint(f) },
            ["properties"] = properties,
        };
    }

    /// <summary>Browser-confirmation cases as SARIF notifications (they are not catalog rules, so not results).</summary>
    private static IEnumerable<JsonObject> BrowserNotifications(BrowserCheck? browser) =>
        (browser?.Cases ?? []).Select(c => new JsonObject
        {
            ["level"] = c.Kind == BrowserCheckKind.ExpectationNotMet ? "error" : "warning",
            ["message"] = new JsonObject { ["text"] = $"{c.CaseName}: {c.Message}" },
            ["descriptor"] = new JsonObject { ["id"] = c.Kind == BrowserCheckKind.ExpectationNotMet ? "browser-expectation-not-met" : "browser-disagreement" },
        });

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Stable across runs and base URLs, so dashboards track one finding over time.</summary>
    private static string Fingerprint(Finding f)
    {
        var key = string.Join("|", f.RuleId, f.Endpoint, f.Method, f.Origin, f.Credentials?.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    private static string PascalName(string id) =>
        string.Concat(id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string ArtifactUri(string path) => path.Replace('\\', '/').Replace(" ", "%20", StringComparison.Ordinal);

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string SemanticVersion(string version)
    {
        var core = version.Split('+')[0];
        return System.Text.RegularExpressions.Regex.IsMatch(core, @"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$") ? core : "0.0.0";
    }
}
