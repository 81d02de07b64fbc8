using System.Linq.Expressions;
using GraphQL.Types;

namespace PlanData.Querying.Data;

/// <summary>
/// A field of an object's filter input that is not a field of the object: a question its feature
/// answers with a predicate of its own (Jurisdiction's <c>within</c>). Declared on the object type by
/// <see cref="DataFields.FilterOnly{T, TGraphType, TValue}"/>, so that the filter input is still made
/// from the type alone, and translated into the same SQL statement as the fields around it.
/// </summary>
/// <param name="InputType">Makes the field's input type (String, Int ...) for the generated filter input.</param>
/// <param name="Predicate">The value given (never null) → a predicate over the entity.</param>
public sealed record FilterOnlyField(string Name, string Description, Func<IGraphType> InputType, Func<object, LambdaExpression> Predicate)
{
    public const string MetadataKey = "plan-data:filter-only-fields";

    public static IReadOnlyList<FilterOnlyField> Of(IProvideMetadata type) => type.GetMetadata<List<FilterOnlyField>?>(MetadataKey) ?? [];
}
