namespace CorsConformance.Contract;

/// <summary>Thrown when a contract is invalid or cannot be read; <see cref="Errors"/> names each field and its fix.</summary>
public sealed class CorsContractException : Exception
{
    /// <summary>Creates the exception from the list of errors.</summary>
    public CorsContractException(IReadOnlyList<ContractError> errors)
        : base(Format(errors, null)) => Errors = errors;

    /// <summary>Creates the exception for a contract that cannot be read at all (missing file, invalid JSON).</summary>
    public CorsContractException(string field, string message, string fix, Exception? inner = null)
        : base(Format([new ContractError(field, message, fix)], null), inner) => Errors = [new ContractError(field, message, fix)];

    /// <summary>Creates the exception for the errors of a contract file; the message names the file.</summary>
    public CorsContractException(IReadOnlyList<ContractError> errors, string? filePath, Exception? inner = null)
        : base(Format(errors, filePath), inner)
    {
        Errors = errors;
        FilePath = filePath;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ContractError> Errors { get; }

    /// <summary>The contract file the errors are in, or null for a fluent contract or JSON text.</summary>
    public string? FilePath { get; }

    private static string Format(IReadOnlyList<ContractError> errors, string? filePath)
    {
        var subject = filePath is null ? "Invalid CORS contract" : $"Invalid CORS contract '{filePath}'";
        return errors.Count == 1
            ? $"{subject}: {errors[0]}"
            : $"{subject} ({errors.Count} problems):" + string.Concat(errors.Select(e => Environment.NewLine + "  - " + e));
    }
}
