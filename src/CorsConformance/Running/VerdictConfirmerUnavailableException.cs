namespace CorsConformance.Running;

/// <summary>The real client that confirms verdicts (a browser) cannot be found or started; the message says how to fix it.</summary>
public class VerdictConfirmerUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VerdictConfirmerUnavailableException() { }

    /// <summary>Creates the exception with the reason and the fix.</summary>
    /// <param name="message">Why, and how to install or point at the client.</param>
    public VerdictConfirmerUnavailableException(string message) : base(message) { }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    /// <param name="message">Why, and how to install or point at the client.</param>
    /// <param name="innerException">The cause.</param>
    public VerdictConfirmerUnavailableException(string message, Exception? innerException) : base(message, innerException) { }
}
