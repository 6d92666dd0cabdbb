using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CorsConformance.TestApps.Shop;

/// <summary>
/// The CORS middleware people write by hand: ACAO/ACAC/ACEH on actual responses, ACAM/ACAH/ACMA on preflights,
/// the public catalog answered with <c>*</c>. Its <see cref="HandWrittenCors"/> settings decide which mistake it makes.
/// </summary>
internal sealed class HandWrittenCorsMiddleware(RequestDelegate next, HandWrittenCors settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isPreflight = HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod);
        var origin = request.Headers.Origin.Count > 0 ? request.Headers.Origin.ToString() : null;
        var isPublic = ShopEndpoints.IsPublic(request.Path);
        var allowOrigin = isPublic ? "*" : settings.AllowOriginFor(origin);

        void Apply()
        {
            var headers = context.Response.Headers;
            if (allowOrigin is not null)
            {
                headers[HeaderNames.AccessControlAllowOrigin] = allowOrigin;
                if (!isPublic) headers[HeaderNames.AccessControlAllowCredentials] = "true";
                if (isPreflight)
                {
                    headers[HeaderNames.AccessControlAllowMethods] = string.Join(",", ShopContract.Methods);
                    headers[HeaderNames.AccessControlAllowHeaders] = string.Join(",", ShopContract.RequestHeaders);
                    headers[HeaderNames.AccessControlMaxAge] = ShopContract.MaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    headers[HeaderNames.AccessControlExposeHeaders] = string.Join(",", ShopContract.ExposedHeaders);
                }
            }
            if (settings.SendVaryOrigin) headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        }

        if (isPreflight && settings.AnswerPreflight)
        {
            Apply();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }
        if (settings.ApplyWhenResponseStarts)
        {
            context.Response.OnStarting(() => { Apply(); return Task.CompletedTask; });
        }
        else
        {
            Apply();
        }
        return next(context);
    }
}
