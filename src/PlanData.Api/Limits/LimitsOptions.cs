namespace PlanData.Api.Limits;

/// <summary>Configuration section "GraphQL:Limits": what one request may ask of the server.</summary>
public sealed class LimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>The deepest nesting of fields in an operation (introspection fields not counted: they have their own limits).</summary>
    public int MaxExecutionDepth { get; set; } = 12;

    /// <summary>The largest estimated cost of an operation; see <see cref="OperationCost"/> for the model.</summary>
    public int MaxFieldCost { get; set; } = 50_000;

    /// <summary>Aliases in a whole document: each alias lets a client ask for the same work once more.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Fields at the root of the operation, each a query of its own.</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Pairs of same-named fields that validation compares, summed over the selection sets (see <see cref="FieldMergeWork"/>).</summary>
    public int MaxFieldMergeComparisons { get; set; } = 100_000;

    /// <summary>Fragment spreads in an operation, fragments expanded.</summary>
    public int MaxFragmentVisits { get; set; } = 200;

    /// <summary>Tokens in a document, counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>The parser's recursion limit, in AST nodes; deeper documents are refused, never a stack overflow.</summary>
    public int MaxParserDepth { get; set; } = 128;

    /// <summary>The size of the request's <c>variables</c> as JSON (UTF-8 bytes).</summary>
    public int MaxVariablesBytes { get; set; } = 64 * 1024;

    /// <summary>How often one list field of an introspection type (<c>__Type.fields</c>, <c>inputFields</c>, <c>interfaces</c>, <c>possibleTypes</c>) may repeat on a path.</summary>
    public int MaxIntrospectionListDepth { get; set; } = 3;

    /// <summary>How often <c>__Type.ofType</c> may repeat on a path (the standard introspection query needs 7 to 9).</summary>
    public int MaxIntrospectionOfTypeDepth { get; set; } = 16;

    /// <summary>The longest a query may run before it is cancelled, its SQL included; 0 for no limit.</summary>
    public int TimeoutMilliseconds { get; set; } = 30_000;
}
