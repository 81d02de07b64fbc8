using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Logging;

namespace PlanData.Api.Authentication;

public static class AuthenticationSetup
{
    /// <summary>
    /// The configured ways to authenticate (Entra ID, other JWT issuers, API keys) behind one policy
    /// scheme, and the PlansRead policy. Settings that would let no one in stop the start.
    /// </summary>
    public static WebApplicationBuilder AddPlanAuthentication(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = AuthOptions.From(configuration);
        var methods = new AuthenticationMethods(options, configuration);
        var services = builder.Services;
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidation>();
        services.AddSingleton(methods);
        services.AddSingleton<IdentityProviderStatus>();
        services.AddAuthorization(authorization => authorization.AddPlansRead(options.PermissionClaims));

        // Identity.Web routes IdentityModel's own log into ours, three Information lines per validated
        // token ("has a valid signature"...): failures are what an operator needs, and JwtBearer logs those.
        builder.Logging.AddFilter("Microsoft.IdentityModel", LogLevel.Warning);

        if (!methods.Any)
        {
            services.AddAuthentication();
            return builder;
        }

        var authentication = services.AddAuthentication(PlanAuthenticationSchemes.Policy);
        authentication.AddPolicyScheme(PlanAuthenticationSchemes.Policy, "By credential", policy => policy.ForwardDefaultSelector = SchemeSelector.Select);
        if (methods.ApiKeys)
        {
            authentication.AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(PlanAuthenticationSchemes.ApiKey, apiKey =>
            {
                apiKey.Header = options.ApiKeyHeader;
                apiKey.Keys = [.. options.ApiKeys.Select(IssuedApiKey.From).OfType<IssuedApiKey>()];
            });
        }

        authentication.AddJwtIssuers(options);
        if (methods.BearerTokens)
        {
            authentication.AddScheme<AuthenticationSchemeOptions, UntrustedIssuerHandler>(PlanAuthenticationSchemes.UntrustedIssuer, null);
        }

        if (methods.EntraId)
        {
            authentication.AddEntraId(configuration, options);
        }

        return builder;
    }

    /// <summary>
    /// Checks credentials and the policy for every request under <paramref name="path"/>. Call it after
    /// CORS (a preflight is never challenged) and before everything it protects.
    /// </summary>
    public static WebApplication UsePlanAuthentication(this WebApplication app, string path)
    {
        // Tokens and keys stay out of logs, whatever a library's settings say.
        IdentityModelEventSource.ShowPII = false;
        IdentityModelEventSource.LogCompleteSecurityArtifact = false;

        var options = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthenticationSetup));
        if (options.Mode == AuthMode.Anonymous)
        {
            logger.LogWarning(
                "Authentication is OFF (Auth:Mode=Anonymous): anyone who can reach {Path} can read. Set Auth:Mode=Required with Entra ID (AzureAd), Auth:JwtIssuers or Auth:ApiKeys to restrict it.",
                path);
        }
        else
        {
            logger.LogInformation("Authentication is required under {Path}.", path);
        }

        app.UseMiddleware<AccessPolicyMiddleware>(new PathString(path));
        return app;
    }
}
