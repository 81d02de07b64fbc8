namespace PlanData.Api.TrustedOperations;

public static class TrustedOperationsSetup
{
    public static IServiceCollection AddTrustedOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TrustedOperationOptions>(configuration.GetSection(TrustedOperationOptions.Section));
        services.AddSingleton<TrustedOperationStore>();
        services.AddSingleton<TrustedOperationGate>();
        return services;
    }
}
