using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using PlanData.Querying;

namespace PlanData.Api.Limits;

/// <summary>
/// The errors of refused requests, in Hot Chocolate's words, codes and extensions where it has them
/// (its depth rule has no code), each naming the setting that draws the line.
/// </summary>
public static class LimitErrors
{
    private const string Setting = LimitsOptions.Section + ":";

    public static PlanDataError TooManyTokens(int maxTokens) =>
        new PlanDataError("HC0011", $"Document contains more than {maxTokens} tokens. Parsing aborted. The limit is the setting {Setting}{nameof(LimitsOptions.MaxTokens)}.")
            .With("maxAllowedTokens", maxTokens);

    public static PlanDataError NestedTooDeeply(int maxDepth) =>
        new PlanDataError("HC0011", $"Document nests deeper than the parser allows ({maxDepth} levels). Parsing aborted. The limit is the setting {Setting}{nameof(LimitsOptions.MaxParserDepth)}.")
            .With("maxAllowedRecursionDepth", maxDepth);

    public static PlanDataError VariablesTooLarge(int bytes, int maxBytes) =>
        new PlanDataError("HC0010", $"The request's `variables` are {bytes} bytes of JSON, more than the {maxBytes} allowed by the setting {Setting}{nameof(LimitsOptions.MaxVariablesBytes)}.")
            .With("variablesBytes", bytes)
            .With("maxVariablesBytes", maxBytes);

    public static ExecutionError ExecutionDepth(int detected, int allowed, ROM source, ASTNode operation) =>
        At(new ExecutionError($"The GraphQL document has an execution depth of {detected} which exceeds the max allowed execution depth of {allowed} (the setting {Setting}{nameof(LimitsOptions.MaxExecutionDepth)}).")
        {
            Extensions = new Dictionary<string, object?> { ["allowedExecutionDepth"] = allowed, ["detectedExecutionDepth"] = detected },
        }, source, operation);

    public static ExecutionError Aliases(int detected, int allowed, ROM source, ASTNode alias) =>
        At(new ExecutionError($"The GraphQL document has {detected} aliases which exceeds the max allowed number of aliases of {allowed} (the setting {Setting}{nameof(LimitsOptions.MaxAliases)}).")
        {
            Extensions = new Dictionary<string, object?> { ["allowedAliases"] = allowed, ["detectedAliases"] = detected },
        }, source, alias);

    public static ExecutionError RootFields(int detected, int allowed, ROM source, ASTNode operation) =>
        At(new ExecutionError($"The operation has {detected} root fields which exceeds the max allowed number of root fields of {allowed} (the setting {Setting}{nameof(LimitsOptions.MaxRootFields)}).")
        {
            Extensions = new Dictionary<string, object?> { ["allowedRootFields"] = allowed, ["detectedRootFields"] = detected },
        }, source, operation);

    public static ExecutionError FieldMergeComparisons(double detected, int allowed, ROM source, ASTNode operation) =>
        At(new ExecutionError($"The GraphQL document needs {Whole(detected)} comparisons of same-named fields to validate, which exceeds the max allowed number of {allowed} (the setting {Setting}{nameof(LimitsOptions.MaxFieldMergeComparisons)}): it selects the same fields too many times over.")
        {
            Extensions = new Dictionary<string, object?> { ["allowedFieldMergeComparisons"] = allowed, ["detectedFieldMergeComparisons"] = Whole(detected) },
        }, source, operation);

    public static ExecutionError FragmentVisits(double detected, int allowed, ROM source, ASTNode operation) =>
        At(new ExecutionError($"The operation spreads fragments {Whole(detected)} times, fragments expanded, which exceeds the max allowed number of {allowed} (the setting {Setting}{nameof(LimitsOptions.MaxFragmentVisits)}).")
        {
            Extensions = new Dictionary<string, object?> { ["allowedFragmentVisits"] = allowed, ["detectedFragmentVisits"] = Whole(detected) },
        }, source, operation);

    public static PlanDataError FieldCost(double fieldCost, int maxFieldCost, ROM source, ASTNode operation) =>
        At(new PlanDataError("HC0047", $"The maximum allowed field cost was exceeded. The operation's estimated cost is {Whole(fieldCost)}; the limit is {maxFieldCost}, the setting {Setting}{nameof(LimitsOptions.MaxFieldCost)}.")
            .With("fieldCost", Whole(fieldCost))
            .With("maxFieldCost", maxFieldCost), source, operation);

    public static PlanDataError IntrospectionNotAllowed(ROM source, GraphQLField field) =>
        At(new PlanDataError("HC0046", $"Introspection is not allowed for the current request. It is switched off by the setting {IntrospectionOptions.Section}:{nameof(IntrospectionOptions.Enabled)}.")
            .With("field", field.Name.StringValue), source, field);

    public static PlanDataError SchemaNotServed() =>
        new("HC0046", $"The schema is not served: introspection is switched off by the setting {IntrospectionOptions.Section}:{nameof(IntrospectionOptions.Enabled)}.");

    public static PlanDataError IntrospectionTooDeep(ROM source, GraphQLField field, bool ofType) =>
        At(new PlanDataError("HC0086", $"Maximum allowed introspection depth exceeded: `{field.Name.StringValue}` repeats more often than the setting {Setting}{(ofType ? nameof(LimitsOptions.MaxIntrospectionOfTypeDepth) : nameof(LimitsOptions.MaxIntrospectionListDepth))} allows."), source, field);

    public static PlanDataError Timeout(TimeSpan timeout) =>
        new PlanDataError("HC0045", $"The request exceeded the configured timeout of `{timeout:c}` (the setting {Setting}{nameof(LimitsOptions.TimeoutMilliseconds)}).");

    public static PlanDataError OperationTooComplex() =>
        new("HC0011", "Document nests fragments too deeply to be analysed. Parsing aborted.");

    private static long Whole(double cost) => cost >= long.MaxValue ? long.MaxValue : (long)Math.Ceiling(cost);

    private static T At<T>(T error, ROM source, ASTNode node)
        where T : ExecutionError
    {
        if (node.Location.End > 0)
        {
            error.AddLocation(Location.FromLinearPosition(source, node.Location.Start));
        }

        return error;
    }
}
