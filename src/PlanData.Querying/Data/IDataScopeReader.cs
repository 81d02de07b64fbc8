using GraphQL;

namespace PlanData.Querying.Data;

/// <summary>Reads the request values computed fields depend on, for the field being resolved (its own or an enclosing argument).</summary>
public interface IDataScopeReader
{
    DataScope Read(IResolveFieldContext context);
}
