using GraphQL;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

/// <summary>The data scope of every field: the status date, from the nearest <c>asOf</c> argument or today.</summary>
public sealed class AsOfScope : IDataScopeReader
{
    public DataScope Read(IResolveFieldContext context) => new(new StatusDate(AsOf.For(context)));
}
