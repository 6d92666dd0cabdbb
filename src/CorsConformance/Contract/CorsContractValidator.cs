namespace CorsConformance.Contract;

/// <summary>Checks a contract and names every invalid field with its fix.</summary>
public static class CorsContractValidator
{
    /// <summary>Every problem in <paramref name="contract"/>; empty when valid.</summary>
    public static IReadOnlyList<ContractError> Validate(CorsContract contract) => throw new NotImplementedException();

    /// <summary>Throws <see cref="CorsContractException"/> when <paramref name="contract"/> is invalid.</summary>
    public static void ThrowIfInvalid(CorsContract contract)
    {
        var errors = Validate(contract);
        if (errors.Count > 0) throw new CorsContractException(errors);
    }
}
