using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CorsConformance.TestApps.Shop;

/// <summary>Composes the services and the middleware pipeline of one <see cref="TestAppKind"/>.</summary>
internal static class ShopApp
{
    public static void AddServices(IServiceCollection services, TestAppKind kind)
    {
        services.AddCors(options => ShopCorsPolicies.Add(options, kind));
        services.AddAuthentication(GoodBearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, GoodBearerAuthenticationHandler>(GoodBearerAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddAuthorization(options =>
        {
            // "Secure by default": every endpoint without authorization metadata requires a signed-in user. The shop's
            // open routes opt out with AllowAnonymous; the OPTIONS 405 endpoint and unknown routes do not.
            if (kind == TestAppKind.CorsAfterAuthorization)
                options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
    }

    public static void UsePipeline(WebApplication app, TestAppKind kind)
    {
        // WebApplication inserts UseRouting before this pipeline, so UseCors sees the matched endpoint (and its policy).
        app.UseExceptionHandler(ShopErrorHandler.Options);

        var handWritten = HandWrittenSettings(kind);
        if (handWritten is not null)
        {
            if (kind == TestAppKind.PreflightNotFound) app.UseMiddleware<OptionsNotRoutedMiddleware>();
            app.UseMiddleware<HandWrittenCorsMiddleware>(handWritten);
            UseAuth(app);
        }
        else if (kind == TestAppKind.CorsAfterAuthorization)
        {
            UseAuth(app); // the mistake: the fallback policy challenges the preflight before UseCors can answer it
            app.UseCors(ShopCorsPolicies.Shop);
        }
        else
        {
            if (kind == TestAppKind.DuplicateAcao) app.UseMiddleware<ProxyAcaoMiddleware>();
            // UseCors before authentication: preflights are answered (204) before any auth runs, and the 401 of
            // /api/account still carries CORS. ASP.NET adds Vary: Origin itself (the policy has several origins).
            app.UseCors(ShopCorsPolicies.Shop);
            UseAuth(app);
        }

        app.UseWebSockets();
        ShopEndpoints.Map(app, new ShopEndpoints.Options(
            CatalogCorsPolicy: handWritten is null,
            ExplicitlyAnonymous: kind == TestAppKind.CorsAfterAuthorization,
            CheckWebSocketOrigin: kind != TestAppKind.WebSocketNoOriginCheck));
    }

    private static void UseAuth(WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
    }

    /// <summary>The hand-written CORS middleware of a kind, or null when the kind uses ASP.NET Core's UseCors.</summary>
    private static HandWrittenCors? HandWrittenSettings(TestAppKind kind)
    {
        var echo = HandWrittenCors.Echo(ShopContract.AllowedOrigins);
        return kind switch
        {
            // Static '*' on every response (no Vary needed for a static value), ACAC: true next to it.
            TestAppKind.WildcardWithCredentials => new HandWrittenCors { AllowOriginFor = _ => "*", SendVaryOrigin = false },
            TestAppKind.MissingVaryOrigin => new HandWrittenCors { AllowOriginFor = echo, SendVaryOrigin = false },
            // Correct middleware; the OptionsNotRoutedMiddleware in front of it answers every OPTIONS 404.
            TestAppKind.PreflightNotFound => new HandWrittenCors { AllowOriginFor = echo },
            // Every CORS header on every response, but OPTIONS falls through to routing: 405 with CORS headers.
            TestAppKind.PreflightMethodNotAllowed => new HandWrittenCors { AllowOriginFor = echo, AnswerPreflight = false },
            // Headers written before next(); UseExceptionHandler's Response.Clear() removes them on the 500.
            TestAppKind.ExceptionHandlerWithoutCors => new HandWrittenCors { AllowOriginFor = echo, ApplyWhenResponseStarts = false },
            // ASP.NET's WithOrigins keeps "https://app.example.com/" verbatim and then never matches a real Origin
            // (no ACAO at all); the classic way to send the slash is a config value emitted verbatim, as here.
            TestAppKind.TrailingSlashOrigin => new HandWrittenCors { AllowOriginFor = HandWrittenCors.EmitConfiguredValue([ShopContract.AppOrigin + "/", ShopContract.AdminOrigin]) },
            _ => null,
        };
    }
}
