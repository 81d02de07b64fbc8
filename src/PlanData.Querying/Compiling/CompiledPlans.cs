using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQLParser.AST;

namespace PlanData.Querying.Compiling;

/// <summary>
/// The compiled plans of the documents in use, by document and operation. A plan lives as long as its parsed document is
/// kept (the validated-document store bounds both); a new data version keeps it, since the schema does not change with the
/// data. An operation that cannot be compiled is remembered as such.
/// </summary>
public sealed class CompiledPlans
{
    private readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<string, CompiledOperation?>> _plans = [];

    public CompiledOperation? Find(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation) =>
        _plans.GetValue(document, _ => new ConcurrentDictionary<string, CompiledOperation?>())
            .GetOrAdd(operation.Name?.StringValue ?? "", _ => OperationCompiler.Compile(schema, document, operation));

    /// <summary>The plan's statements cannot be translated (found when first run): the executor runs the operation from now on.</summary>
    public void Refuse(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (_plans.TryGetValue(document, out var plans))
        {
            plans[operation.Name?.StringValue ?? ""] = null;
        }
    }
}
