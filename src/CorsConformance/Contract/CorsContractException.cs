namespace CorsConformance.Contract;

/// <summary>Thrown when a contract is invalid or cannot be read; <see cref="Errors"/> names each field and its fix.</summary>
public sealed class CorsContractException : Exception
{
    /// <summary>Creates the exception from the list of errors.</summary>
    public CorsContractException(IReadOnlyList<ContractError> errors)
        : base(Format(errors)) => Errors = errors;

    /// <summary>Creates the exception for a contract that cannot be read at all (missing file, invalid JSON).</summary>
    public CorsContractException(string field, string message, string fix, Exception? inner = null)
        : base(Format([new ContractError(field, message, fix)]), inner) => Errors = [new ContractError(field, message, fix)];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ContractError> Errors { get; }

    private static string Format(IReadOnlyList<ContractError> errors) =>
        errors.Count == 1
            ? $"Invalid CORS contract: {errors[0]}"
            : $"Invalid CORS contract ({errors.Count} problems):" + string.Concat(errors.Select(e => Environment.NewLine + "  - " + e));
}
