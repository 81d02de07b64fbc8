using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using PlanData.Api.Http;
using PlanData.Querying;

namespace PlanData.Api.Caching;

public static class CachingSetup
{
    public static IServiceCollection AddHttpCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CachingOptions>(configuration.GetSection(CachingOptions.Section));
        services.AddSingleton<HttpCachePolicy>();
        services.Configure<ResponseCacheOptions>(configuration.GetSection(ResponseCacheOptions.Section));
        services.AddSingleton<ResponseCache>();
        services.Configure<CountCacheOptions>(configuration.GetSection(CountCacheOptions.Section));
        services.AddSingleton<CountCache>();
        services.AddScoped<ICountCache, VersionedCountCache>();
        services.AddResponseCompression(options =>
        {
            // Responses hold public data only: no secret for an attack on compressed TLS (BREACH) to recover.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, MediaTypes.GraphQLResponseJson, MediaTypes.GraphQL];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
