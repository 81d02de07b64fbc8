using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Querying.Data;

namespace PlanData.Querying;

/// <summary>
/// What a list's total depends on: the field, its filter and the request's data scope (paging and order do not change a
/// total). The cache adds the data version.
/// </summary>
public static class CountCacheKey
{
    // A Float variable may overflow to an infinity (-1e999): the key must still be written.
    private static readonly JsonSerializerOptions _json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static Func<CancellationToken, Task<int>> Wrap(IResolveFieldContext context, string field, Func<CancellationToken, Task<int>> count)
    {
        if (context.RequestServices!.GetService<ICountCache>() is not { } cache)
        {
            return count;
        }

        var key = $"{field}\n{DataScope.For(context)}\n{JsonSerializer.Serialize(context.GetArgument<object?>("where"), _json)}";
        return cache.Wrap(key, count);
    }
}
