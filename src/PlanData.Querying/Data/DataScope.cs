using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace PlanData.Querying.Data;

/// <summary>
/// Request values that computed fields depend on (a plan item's status is computed against an as-of date), each of its own
/// type. The application says what they are with an <see cref="IDataScopeReader"/>; the machinery only carries them.
/// </summary>
public sealed class DataScope(params object[] values)
{
    public static readonly DataScope Empty = new();

    /// <exception cref="InvalidOperationException">A field asks for a value the application's scope does not hold.</exception>
    public T Get<T>() =>
        values.OfType<T>().FirstOrDefault() ?? throw new InvalidOperationException($"The data scope holds no {typeof(T).Name}: register an {nameof(IDataScopeReader)} that reads it.");

    /// <summary>The scope for the field being resolved, from the application's reader (empty without one).</summary>
    public static DataScope For(IResolveFieldContext context) =>
        context.RequestServices?.GetService<IDataScopeReader>()?.Read(context) ?? Empty;

    /// <summary>What the scope's values are, for cache keys: two scopes with the same text give the same answers.</summary>
    public override string ToString() => string.Join('\n', values.Select(v => v.ToString()));
}
