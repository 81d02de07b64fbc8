using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Web;
using PlanData.Api.Authentication;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Authentication;

/// <summary>
/// The API in-process trusting <see cref="IdentityProviders"/>, whose discovery documents and keys it
/// reads through an in-memory backchannel. Every response says which client the API took the caller
/// for (<see cref="ClientHeader"/>), and every log entry is kept.
/// </summary>
public abstract class AuthApi : ConfiguredApiFactory
{
    public const string ClientHeader = "X-Test-Client";

    protected AuthApi(AuthMode mode)
        : this(new IdentityProviders(), mode)
    {
    }

    private AuthApi(IdentityProviders providers, AuthMode mode)
        : base(providers.Settings(mode))
    {
        Providers = providers;
    }

    public IdentityProviders Providers { get; }

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Everything of authentication down to Trace; the rest at Warning, as the database build logs a lot.
        builder.ConfigureLogging(logging => logging.AddProvider(Logs)
            .AddFilter<LogCapture>(null, LogLevel.Warning)
            .AddFilter<LogCapture>("Microsoft.AspNetCore", LogLevel.Debug)
            .AddFilter<LogCapture>("Microsoft.AspNetCore.Authentication", LogLevel.Trace)
            .AddFilter<LogCapture>("Microsoft.AspNetCore.Authorization", LogLevel.Trace)
            .AddFilter<LogCapture>("Microsoft.IdentityModel", LogLevel.Trace)
            .AddFilter<LogCapture>("Microsoft.Identity", LogLevel.Trace)
            .AddFilter<LogCapture>("PlanData", LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            foreach (var scheme in new[] { PlanAuthenticationSchemes.ForIssuer("idp"), PlanAuthenticationSchemes.ForIssuer("keys-url"), PlanAuthenticationSchemes.EntraId })
            {
                services.Configure<JwtBearerOptions>(scheme, jwt => jwt.BackchannelHttpHandler = Providers.Backchannel);
            }

            // Identity.Web validates an Entra issuer against the instance's metadata, fetched with a client of
            // the factory when one is named; that and any other client reach the fake, never the network.
            services.Configure<AadIssuerValidatorOptions>(issuers => issuers.HttpClientName = "entra-issuer-metadata");
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Providers.Backchannel));
            services.AddSingleton<IStartupFilter, ClientIdentityHeader>();
        });
    }

    private sealed class ClientIdentityHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[ClientHeader] = ClientIdentity.Of(context);
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class RequiredAuthApi() : AuthApi(AuthMode.Required);

public sealed class AnonymousAuthApi() : AuthApi(AuthMode.Anonymous);
