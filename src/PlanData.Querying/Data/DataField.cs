using System.Linq.Expressions;
using GraphQL.Types;

namespace PlanData.Querying.Data;

/// <summary>
/// What a field of an object type means in the database: the expression that reads it from the
/// entity, so that the same declaration serves output, filtering and sorting. Stored as the field's
/// metadata by <see cref="DataFields"/>; the filter and sort inputs are generated from it.
/// </summary>
/// <param name="Value">Entity → value; receives the request's scope (asOf) for computed fields.</param>
/// <param name="Target">For objects and lists: the GraphQL object type whose fields filter and sort them.</param>
/// <param name="ValueType">The CLR type of a scalar (nullable where the field is nullable).</param>
public sealed record DataField(DataFieldKind Kind, Func<DataScope, LambdaExpression> Value, string? Target, Type ValueType, bool Nullable, bool Sortable)
{
    /// <summary>
    /// For an object chosen by conditions (currentSuccessor: itself, or its successor, or ...): the
    /// guard of each case and the object it selects. Filters OR the cases, sorts pick by CASE WHEN.
    /// </summary>
    public IReadOnlyList<(LambdaExpression Guard, LambdaExpression Value)>? Cases { get; init; }

    /// <summary>For a list read inside its parent's statement by a compiled selection: its rows, in order.</summary>
    public Compiling.IChildRows? ChildRows { get; init; }

    public const string MetadataKey = "plan-data:field";

    public static DataField? Of(FieldType field) => field.GetMetadata<DataField?>(MetadataKey);

    /// <summary>Whether the value is an enum: sorted by its position in the declaration, not as stored (by name).</summary>
    public bool IsEnum => (System.Nullable.GetUnderlyingType(ValueType) ?? ValueType).IsEnum;
}
