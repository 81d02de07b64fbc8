using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Cors;

public static class CorsSetup
{
    /// <summary>How long a browser may reuse a preflight answer instead of asking again before each POST.</summary>
    private static readonly TimeSpan _preflightMaxAge = TimeSpan.FromMinutes(10);

    public static WebApplicationBuilder AddPlanCors(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorsSettings>()
            .Bind(builder.Configuration.GetSection(CorsSettings.Section))
            .Validate(
                settings => settings.IsValid(),
                $"{CorsSettings.Section}:AllowedOrigins holds an entry that is not an origin: write scheme://host[:port] with no path or trailing slash, or \"*\" alone for any origin.")
            .ValidateOnStart();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) =>
        {
            if (settings.Value.AllowedOrigins is not [])
            {
                // ETag is exposed so that a page can send it back in If-None-Match.
                cors.AddDefaultPolicy(policy => policy
                    .WithOrigins(settings.Value.AllowedOrigins)
                    .WithMethods(HttpMethods.Get, HttpMethods.Post)
                    .WithHeaders("Content-Type", "Authorization", "Accept", "If-None-Match")
                    .WithExposedHeaders("ETag")
                    .SetPreflightMaxAge(_preflightMaxAge));
            }
        });
        return builder;
    }

    /// <summary>Answers preflights and adds CORS headers for the allowed origins; with none configured it adds nothing. Call it first.</summary>
    public static WebApplication UsePlanCors(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CorsSettings>>().Value.AllowedOrigins is not [])
        {
            app.UseCors();
        }

        return app;
    }
}
