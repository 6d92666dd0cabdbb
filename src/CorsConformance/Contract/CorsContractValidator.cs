namespace CorsConformance.Contract;

/// <summary>Checks a contract and names every invalid field with its fix.</summary>
public static class CorsContractValidator
{
    /// <summary>Every problem in <paramref name="contract"/>, in field order; empty when valid.</summary>
    /// <remarks>
    /// Each error names the field path (<c>allowedOrigins[1]</c>, <c>endpoints[0].methods[2]</c>, <c>maxAgeSeconds</c>)
    /// and a fix quoting the corrected value. Origins must be written as browsers serialize them; methods are
    /// case-sensitive tokens kept as written (<c>patch</c> is not uppercased); duplicate entries are errors.
    /// </remarks>
    public static IReadOnlyList<ContractError> Validate(CorsContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new ContractValidation(contract).Run();
    }

    /// <summary>Throws <see cref="CorsContractException"/> when <paramref name="contract"/> is invalid.</summary>
    public static void ThrowIfInvalid(CorsContract contract)
    {
        var errors = Validate(contract);
        if (errors.Count > 0) throw new CorsContractException(errors);
    }
}
