using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace PlanData.Querying.Loading;

/// <summary>The batch loaders of one request, one per field or entity they serve (scoped service).</summary>
public sealed class RequestLoaders
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var loader))
        {
            _loaders[name] = loader = create();
        }

        return (BatchLoader<TKey, TValue>)loader;
    }
}

public static class RequestLoadersExtensions
{
    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();
}
