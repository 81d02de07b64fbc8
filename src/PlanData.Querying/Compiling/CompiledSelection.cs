using System.Linq.Expressions;
using GraphQL.Types;
using GraphQLParser.AST;
using PlanData.Querying.Data;

namespace PlanData.Querying.Compiling;

/// <summary>One value a row's statement reads, as an expression over the row (and the request's data scope).</summary>
public delegate Expression SlotValue(DataScope scope, Expression row);

/// <summary>
/// What one statement reads for each row of a list level: its values (slots). Objects held in the row or joined to it
/// (schedule, lead agency) read their values into the same row; a list below it reads the row's key.
/// </summary>
public sealed class RowShape(Type rowType)
{
    private readonly List<SlotValue> _slots = [];

    public Type RowType { get; } = rowType;

    public int Add(SlotValue value)
    {
        _slots.Add(value);
        return _slots.Count - 1;
    }

    /// <summary>row → new object?[] { slot0, slot1, ... } for this request's scope.</summary>
    public LambdaExpression Projection(DataScope scope)
    {
        var row = Expression.Parameter(RowType, "row");
        var values = _slots.Select(slot => (Expression)Expression.Convert(Nullable(slot(scope, row)), typeof(object)));
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(RowType, typeof(object?[])), Expression.NewArrayInit(typeof(object), values), row);
    }

    // A value of an object that may be absent (a lead agency's level) is read as nullable, so that its absence reads null.
    private static Expression Nullable(Expression value) =>
        value.Type.IsValueType && System.Nullable.GetUnderlyingType(value.Type) is null ? Expression.Convert(value, typeof(Nullable<>).MakeGenericType(value.Type)) : value;
}

/// <summary>A field of the response, by its response name (alias or name).</summary>
public abstract record CompiledField(string Name);

public sealed record TypenameField(string Name, string TypeName) : CompiledField(Name);

/// <summary>A leaf read from a slot and serialized by its GraphQL type; a non-null leaf that reads null cannot be compiled away.</summary>
public sealed record LeafField(string Name, int Slot, ScalarGraphType Type, bool NonNull, bool IsList) : CompiledField(Name);

/// <summary>A Relay ID from the natural key in a slot.</summary>
public sealed record IdField(string Name, int Slot, string TypeName) : CompiledField(Name);

/// <summary>An object whose values are in the same row; <paramref name="PresentSlot"/> (or -1 when it is non-null) says whether it exists.</summary>
public sealed record ObjectField(string Name, int PresentSlot, IReadOnlyList<CompiledField> Fields) : CompiledField(Name);

/// <summary>An object chosen by conditions (the agency at the end of a successor chain): the first case whose guard holds is written.</summary>
public sealed record CaseObjectField(string Name, IReadOnlyList<(int GuardSlot, IReadOnlyList<CompiledField> Fields)> Cases) : CompiledField(Name);

/// <summary>A list of rows that point at their parent, read by a statement of its own for all parents at once by the key in <paramref name="ParentKeySlot"/>.</summary>
public sealed record ChildListField(string Name, int ParentKeySlot, IChildRows Rows, RowShape Item, IReadOnlyList<CompiledField> Fields) : CompiledField(Name);

/// <summary>A nested list field read by a statement of its own, for all parents at once by the key in <paramref name="ParentKeySlot"/>.</summary>
public sealed record NestedConnectionField(string Name, int ParentKeySlot, CompiledConnection Connection) : CompiledField(Name);

/// <summary>A list field (root or nested): its arguments' place in the document and what its connection selects.</summary>
public sealed class CompiledConnection(IConnectionSource source, FieldType field, GraphQLField syntax, IObjectGraphType parentType, RowShape item)
{
    /// <summary>The field's <see cref="IRootConnectionSource"/> or <see cref="INestedConnectionSource"/>.</summary>
    public IConnectionSource Source { get; } = source;

    public FieldType Field { get; } = field;

    public GraphQLField Syntax { get; } = syntax;

    public IObjectGraphType ParentType { get; } = parentType;

    /// <summary>How each node is read (shared by <c>nodes</c> and <c>edges.node</c>).</summary>
    public RowShape Item { get; } = item;

    public List<ConnectionPart> Parts { get; } = [];
}

/// <summary>One field of a connection object.</summary>
public abstract record ConnectionPart(string Name);

public sealed record TotalCountPart(string Name) : ConnectionPart(Name);

public sealed record TypenamePart(string Name, string TypeName) : ConnectionPart(Name);

public sealed record NodesPart(string Name, IReadOnlyList<CompiledField> Fields) : ConnectionPart(Name);

/// <summary>edges { cursor node { ... } __typename }: each entry is "cursor", "node" or a typename.</summary>
public sealed record EdgesPart(string Name, IReadOnlyList<(string Name, string What, IReadOnlyList<CompiledField>? Node)> Entries, string EdgeTypeName) : ConnectionPart(Name);

/// <summary>pageInfo { hasNextPage ... }: each entry is the name of a PageInfo field.</summary>
public sealed record PageInfoPart(string Name, IReadOnlyList<(string Name, string Field)> Entries) : ConnectionPart(Name);

/// <summary>An operation the compiler planned: its root fields in order, each a connection or __typename.</summary>
public sealed record CompiledOperation(GraphQLOperationDefinition Operation, IReadOnlyList<(string Name, CompiledConnection? Connection, string? Typename)> Roots);
