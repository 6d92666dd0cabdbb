using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace CorsConformance.TestApps.Shop;

/// <summary>The ASP.NET Core CORS policies of the shop apps: the shop policy (one origin mistake per security kind) and the public catalog policy.</summary>
internal static class ShopCorsPolicies
{
    public const string Shop = "shop";
    public const string Public = "public";

    public static void Add(CorsOptions options, TestAppKind kind)
    {
        options.AddPolicy(Public, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET")
            .WithHeaders([.. ShopContract.RequestHeaders])
            .WithExposedHeaders([.. ShopContract.ExposedHeaders])
            .SetPreflightMaxAge(TimeSpan.FromSeconds(ShopContract.MaxAgeSeconds)));
        options.AddPolicy(Shop, policy => ConfigureShop(policy, kind));
    }

    private static void ConfigureShop(CorsPolicyBuilder policy, TestAppKind kind)
    {
        if (kind == TestAppKind.PublicWildcardEverywhere)
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            AllowOrigins(policy, kind);
            policy.AllowCredentials();
        }

        if (kind == TestAppKind.ReflectsRequestHeaders)
            policy.AllowAnyMethod().AllowAnyHeader(); // with credentials ASP.NET echoes Access-Control-Request-Method/-Headers
        else
            policy.WithMethods([.. ShopContract.Methods]).WithHeaders([.. ShopContract.RequestHeaders]);

        policy.WithExposedHeaders([.. ShopContract.ExposedHeaders])
            .SetPreflightMaxAge(TimeSpan.FromSeconds(ShopContract.MaxAgeSeconds));
    }

    private static void AllowOrigins(CorsPolicyBuilder policy, TestAppKind kind)
    {
        switch (kind)
        {
            case TestAppKind.ReflectsAnyOrigin:
                policy.SetIsOriginAllowed(_ => true);
                break;
            case TestAppKind.NullOriginAllowed:
                policy.WithOrigins([.. ShopContract.AllowedOrigins, "null"]);
                break;
            case TestAppKind.SuffixMatch:
                policy.SetIsOriginAllowed(origin => origin.StartsWith("https://", StringComparison.Ordinal) && origin.EndsWith("example.com", StringComparison.Ordinal));
                break;
            case TestAppKind.PrefixMatch:
                policy.SetIsOriginAllowed(origin => ShopContract.AllowedOrigins.Any(allowed => origin.StartsWith(allowed, StringComparison.Ordinal)));
                break;
            case TestAppKind.UnescapedDotRegex:
                Regex[] patterns = [new("^https://app.example.com$"), new("^https://admin.example.com$")];
                policy.SetIsOriginAllowed(origin => patterns.Any(p => p.IsMatch(origin)));
                break;
            case TestAppKind.AnySubdomain:
                policy.WithOrigins("https://*.example.com").SetIsOriginAllowedToAllowWildcardSubdomains();
                break;
            case TestAppKind.HttpOriginTrusted:
                policy.WithOrigins([.. ShopContract.AllowedOrigins, "http://app.example.com"]);
                break;
            default:
                policy.WithOrigins([.. ShopContract.AllowedOrigins]);
                break;
        }
    }
}
