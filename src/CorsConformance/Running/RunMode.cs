namespace CorsConformance.Running;

/// <summary>Where the server under test lives.</summary>
public enum RunMode
{
    /// <summary>In-memory (TestServer) or a test-owned server: every request may be sent.</summary>
    Owned,
    /// <summary>A live deployment (staging): unsafe actual requests are not sent unless the contract opts in.</summary>
    Live,
}
