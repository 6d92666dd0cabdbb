namespace CorsConformance.Contract;

/// <summary>What is wrong with one value (quoting it) and what to write instead; the validator adds the field path.</summary>
internal sealed record ContractProblem(string Message, string Fix)
{
    public ContractError At(string field) => new(field, Message, Fix);
}
