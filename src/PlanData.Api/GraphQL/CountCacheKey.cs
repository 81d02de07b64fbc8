using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using PlanData.Api.Caching;
using PlanData.Api.Plans;
using PlanData.Api.Storage;

namespace PlanData.Api.GraphQL;

/// <summary>
/// What a list's total depends on: the field, its filter and the date statuses are computed against
/// (paging and order do not change a total), under the data version the request reads.
/// </summary>
public static class CountCacheKey
{
    // A Float variable may overflow to an infinity (-1e999): the key must still be written.
    private static readonly JsonSerializerOptions _json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static Func<CancellationToken, Task<int>> Wrap(IResolveFieldContext context, string field, Func<CancellationToken, Task<int>> count)
    {
        var services = context.RequestServices!;
        var version = services.GetRequiredService<DatabaseSnapshot>().Version;
        var key = $"{field}\n{AsOf.For(context):O}\n{JsonSerializer.Serialize(context.GetArgument<object?>("where"), _json)}";
        return services.GetRequiredService<CountCache>().Wrap(version, key, count);
    }
}
