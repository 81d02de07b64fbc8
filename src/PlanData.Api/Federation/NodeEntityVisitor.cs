using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Federation;
using GraphQL.Types;
using GraphQL.Utilities;
using PlanData.Api.Plans;
using PlanData.Querying;
using PlanData.Querying.Data;

namespace PlanData.Api.Federation;

/// <summary>
/// Makes every Node type an entity keyed by its global ID: <c>@key(fields: "id")</c> and a reference
/// resolver. The types are found by their <c>id</c> field's declaration (<see cref="DataFields.Id{T}"/>),
/// which also gives the natural key the ID encodes, so a new Node type is an entity without more code.
/// </summary>
public sealed class NodeEntityVisitor : BaseSchemaNodeVisitor
{
    private static readonly MethodInfo _makeEntity = typeof(NodeEntityVisitor).GetMethod(nameof(MakeEntity), BindingFlags.NonPublic | BindingFlags.Static)!;

    // The ID's natural key does not depend on the request (only computed fields read the scope).
    private static readonly DataScope _anyScope = new(new StatusDate(DateOnly.MinValue));

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.GetField("id") is { } id && DataField.Of(id) is { Kind: DataFieldKind.Id } field)
        {
            var naturalKey = field.Value(_anyScope);
            _makeEntity.MakeGenericMethod(naturalKey.Parameters[0].Type).Invoke(null, [type, naturalKey]);
        }
    }

    private static void MakeEntity<T>(ObjectGraphType<T> type, Expression<Func<T, string>> naturalKey)
        where T : class
    {
        type.Key("id");
        type.ResolveReference(new NodeReferenceResolver<T>(type.Name, naturalKey));
    }
}
