namespace CorsConformance.Contract;

/// <summary>One problem in a contract: the field, what is wrong, and how to fix it.</summary>
/// <param name="Field">The field path, e.g. <c>allowedOrigins[1]</c> or <c>endpoints[0].methods[2]</c>.</param>
/// <param name="Message">What is wrong, quoting the value.</param>
/// <param name="Fix">What to write instead.</param>
public sealed record ContractError(string Field, string Message, string Fix)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message} Fix: {Fix}";
}
