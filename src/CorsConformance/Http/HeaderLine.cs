namespace CorsConformance.Http;

/// <summary>One header field line exactly as it travelled on the wire (name and raw value).</summary>
/// <param name="Name">The field name as sent or received.</param>
/// <param name="Value">The raw field value, untrimmed.</param>
public readonly record struct HeaderLine(string Name, string Value)
{
    /// <summary>Renders the line as <c>Name: value</c>.</summary>
    public override string ToString() => $"{Name}: {Value}";
}
