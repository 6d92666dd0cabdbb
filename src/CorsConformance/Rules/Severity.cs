namespace CorsConformance.Rules;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing breaks.</summary>
    Info = 0,
    /// <summary>Works today but is risky or deprecated.</summary>
    Warning = 1,
    /// <summary>Browsers block it, or it is a security hole.</summary>
    Error = 2,
}
