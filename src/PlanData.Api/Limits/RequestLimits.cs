using System.Runtime.InteropServices;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using PlanData.Api.Http;

namespace PlanData.Api.Limits;

/// <summary>
/// The checks a request passes before the executor sees it; each refusal is a GraphQL request error
/// (400 under application/graphql-response+json, 200 under application/json) and nothing runs.
/// </summary>
public sealed class RequestLimits(ISchema schema, IOptions<LimitsOptions> limits, IOptions<IntrospectionOptions> introspection)
{
    private readonly LimitsOptions _limits = limits.Value;
    private readonly bool _introspectionEnabled = introspection.Value.Enabled;

    /// <summary>The time a request may run; infinite when the setting is 0 or less.</summary>
    public TimeSpan Timeout => _limits.TimeoutMilliseconds > 0 ? TimeSpan.FromMilliseconds(_limits.TimeoutMilliseconds) : System.Threading.Timeout.InfiniteTimeSpan;

    /// <summary>The answer to a request that ran out of time: execution began, so <c>data</c> is null and the status that of an executed request.</summary>
    public ExecutionResult TimedOut() => new() { Errors = [LimitErrors.Timeout(Timeout)], Executed = true };

    /// <exception cref="RequestRefusedException">The variables are larger than allowed.</exception>
    public void CheckVariables(JsonElement? variables)
    {
        // The element's own UTF-8 text: measured without copying it.
        if (variables is { } json && JsonMarshal.GetRawUtf8Value(json).Length is var bytes && bytes > _limits.MaxVariablesBytes)
        {
            throw RequestRefusedException.GraphQL(LimitErrors.VariablesTooLarge(bytes, _limits.MaxVariablesBytes));
        }
    }

    /// <summary>Checks the operation the request runs; nothing when the executor is to report that there is none.</summary>
    /// <exception cref="RequestRefusedException">The operation uses introspection where it may not, or is over a limit.</exception>
    public void CheckOperation(GraphQLDocument document, GraphQLOperationDefinition? operation, JsonElement? variables)
    {
        if (operation is null)
        {
            return;
        }

        if (Refusal(document, operation, variables) is { } error)
        {
            throw RequestRefusedException.GraphQL(error);
        }
    }

    private ExecutionError? Refusal(GraphQLDocument document, GraphQLOperationDefinition operation, JsonElement? variables)
    {
        var source = document.Source;
        var walk = new OperationWalk(schema, document, operation, variables, _limits);
        OperationWalk.Measure measure;
        FieldMergeWork merging;
        int aliases;
        GraphQLField? overLimit;
        try
        {
            measure = walk.Run();
            merging = FieldMergeWork.Of(document, operation);
            aliases = DocumentAliases.Count(document, _limits.MaxAliases, out overLimit);
        }
        catch (InsufficientExecutionStackException)
        {
            return LimitErrors.OperationTooComplex();
        }

        if (walk.Introspection is { } introspection && !_introspectionEnabled)
        {
            return LimitErrors.IntrospectionNotAllowed(source, introspection);
        }

        if (walk.IntrospectionTooDeep is { } tooDeep)
        {
            return LimitErrors.IntrospectionTooDeep(source, tooDeep, walk.IntrospectionOfTypeTooDeep);
        }

        if (measure.Fields > _limits.MaxRootFields)
        {
            return LimitErrors.RootFields(measure.Fields, _limits.MaxRootFields, source, operation);
        }

        if (aliases > _limits.MaxAliases)
        {
            return LimitErrors.Aliases(aliases, _limits.MaxAliases, source, overLimit!);
        }

        if (merging.FragmentVisits > _limits.MaxFragmentVisits)
        {
            return LimitErrors.FragmentVisits(merging.FragmentVisits, _limits.MaxFragmentVisits, source, operation);
        }

        if (merging.Comparisons > _limits.MaxFieldMergeComparisons)
        {
            return LimitErrors.FieldMergeComparisons(merging.Comparisons, _limits.MaxFieldMergeComparisons, source, operation);
        }

        if (measure.Depth > _limits.MaxExecutionDepth)
        {
            return LimitErrors.ExecutionDepth(measure.Depth, _limits.MaxExecutionDepth, source, operation);
        }

        return measure.Cost > _limits.MaxFieldCost ? LimitErrors.FieldCost(measure.Cost, _limits.MaxFieldCost, source, operation) : null;
    }
}
