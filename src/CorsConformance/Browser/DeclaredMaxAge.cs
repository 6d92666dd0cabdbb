namespace CorsConformance.Browser;

/// <summary>What a preflight response declares in Access-Control-Max-Age, before any browser applies its rules.</summary>
/// <param name="Present">True when the response has an Access-Control-Max-Age line.</param>
/// <param name="Parseable">True when the (combined) value is one integer (optionally signed) that fits 64 bits.</param>
/// <param name="Seconds">The parsed value (clamped to the <see cref="int"/> range; may be negative), or null when absent or unparseable.</param>
/// <param name="RawValue">The combined raw value, or null when absent.</param>
internal readonly record struct DeclaredMaxAge(bool Present, bool Parseable, int? Seconds, string? RawValue);
