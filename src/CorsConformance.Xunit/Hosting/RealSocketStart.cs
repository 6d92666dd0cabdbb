namespace CorsConformance.Xunit.Hosting;

/// <summary>
/// Starts an app on a real Kestrel socket, working around a race in Microsoft.AspNetCore.Mvc.Testing 10:
/// <c>WebApplicationFactory.UseKestrel(port)</c> rewrites the server's addresses after a minimal-hosting app has already
/// started binding them on its own thread, and loses now and then with "IServerAddressesFeature.Addresses cannot be
/// modified after the server has started" (dotnet/aspnetcore pull request 67714). That failure is retried with a new
/// factory; any other one is the app's own and surfaces at once.
/// </summary>
internal static class RealSocketStart
{
    public const int Attempts = 3;

    /// <summary>Creates and starts a factory, retrying only the address race; failed factories are disposed.</summary>
    public static T Start<T>(Func<T> create, Action<T> start) where T : IDisposable
    {
        for (var attempt = 1; ; attempt++)
        {
            var factory = create();
            try
            {
                start(factory);
                return factory;
            }
            catch (InvalidOperationException ex) when (attempt < Attempts && IsAddressRace(ex))
            {
                factory.Dispose();
            }
            catch
            {
                factory.Dispose();
                throw;
            }
        }
    }

    private static bool IsAddressRace(InvalidOperationException ex) =>
        ex.Message.Contains("IServerAddressesFeature.Addresses cannot be modified after the server has started", StringComparison.Ordinal);
}
