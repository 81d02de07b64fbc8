namespace PlanData.Api.RateLimiting;

public static class RateLimitingSetup
{
    public static WebApplicationBuilder AddPlanRateLimiting(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RateLimitingOptions.Section);
        builder.Services.AddOptions<RateLimitingOptions>()
            .Bind(section)
            .PostConfigure(options => InheritDefaults(options, section.GetSection(nameof(RateLimitingOptions.Clients))))
            .Validate(options => options.IsValid, $"{RateLimitingOptions.Section}: every bucket needs a TokenLimit and TokensPerPeriod of at least 1 and a positive ReplenishmentPeriod.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RequestAdmission>();
        return builder;
    }

    /// <summary>A client's bucket takes what its section leaves out from the default bucket of its kind, not from zero.</summary>
    private static void InheritDefaults(RateLimitingOptions options, IConfigurationSection clients)
    {
        foreach (var client in clients.GetChildren())
        {
            options.Clients[client.Key] = new ClientRateLimits
            {
                AdHoc = Bound(options.AdHoc, client.GetSection(nameof(ClientRateLimits.AdHoc))),
                Trusted = Bound(options.Trusted, client.GetSection(nameof(ClientRateLimits.Trusted))),
            };
        }
    }

    private static TokenBucketSettings Bound(TokenBucketSettings defaults, IConfigurationSection section)
    {
        var settings = defaults with { };
        section.Bind(settings);
        return settings;
    }
}
