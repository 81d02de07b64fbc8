using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using PlanData.Api.Http;
using PlanData.Querying.Compiling;

namespace PlanData.Api.Transport;

/// <summary>
/// Runs an operation as its compiled plan when it has one: the document passed validation before, so only its variables
/// are coerced, and the plan reads and writes the rows without the executor. Null when the executor must run it.
/// </summary>
public sealed class CompiledExecution(ISchema schema, IDocumentValidator validator, CompiledPlans plans, IOptions<TransportOptions> options, ILogger<CompiledExecution> logger)
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static readonly JsonWriterOptions _json = new() { Encoder = Encoder, SkipValidation = true };

    private long _answered;

    public CompiledOperationsMode Mode { get; } = options.Value.CompiledOperations;

    /// <summary>How many operations a compiled plan has answered since the start.</summary>
    public long Answered => Interlocked.Read(ref _answered);

    public async Task<ExecutionResult?> TryExecuteAsync(ExecutionOptions run, CancellationToken cancellationToken)
    {
        if (run.Document is not { } document || OperationSelection.Find(document, run.OperationName) is not { } operation
            || plans.Find(schema, document, operation) is not { } plan)
        {
            return null;
        }

        var variables = operation.Variables is null or { Items.Count: 0 } ? Variables.None : await CoerceAsync(run, document, operation, cancellationToken);
        if (variables is null)
        {
            return null;
        }

        var request = new CompiledRequest(schema, document, variables, run.RequestServices!, run.User, run.UserContext, cancellationToken);
        byte[]? data;
        try
        {
            data = await CompiledRun.DataAsync(plan, request, _json);
        }
        catch (InvalidOperationException untranslatable) when (untranslatable.Source?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true)
        {
            // EF Core cannot translate a statement of the plan: the executor, whose statements it translates, runs it from now on.
            logger.LogWarning(untranslatable, "A compiled plan's statement cannot be translated; the operation {Operation} runs on the executor.", operation.Name?.StringValue);
            plans.Refuse(document, operation);
            return null;
        }
        catch (Exception failed) when (failed is not OperationCanceledException)
        {
            // A statement failed (the database, not the plan): the executor runs the operation and reports each failed field in its own words.
            logger.LogDebug(failed, "A compiled plan's statement failed; the executor answers the operation {Operation}.", operation.Name?.StringValue);
            return null;
        }

        if (data is null)
        {
            return null;
        }

        Interlocked.Increment(ref _answered);
        return new ExecutionResult { Executed = true, Data = new CompiledData(data), Document = document, Operation = operation, Query = run.Query };
    }

    /// <summary>The operation's variables coerced as the executor coerces them (the document passed validation before); null when they are wrong.</summary>
    private async Task<Variables?> CoerceAsync(ExecutionOptions run, GraphQLDocument document, GraphQLOperationDefinition operation, CancellationToken cancellationToken)
    {
        var coerced = await validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = [],
            Variables = run.Variables ?? Inputs.Empty,
            Extensions = run.Extensions ?? Inputs.Empty,
            RequestServices = run.RequestServices,
            User = run.User,
            UserContext = run.UserContext,
            CancellationToken = cancellationToken,
        });
        return coerced.IsValid ? coerced.Variables ?? Variables.None : null;
    }

    /// <summary>
    /// Verify mode: the executor's answer and the plan's must be the same bytes; when they differ, the answer is an error
    /// that shows both, so that a test sees it.
    /// </summary>
    public async Task<ExecutionResult> VerifyAsync(ExecutionOptions run, ExecutionResult executed, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        if (!executed.Executed || executed.Errors is { Count: > 0 } || await TryExecuteAsync(run, cancellationToken) is not { } compiled)
        {
            return executed;
        }

        var expected = serializer.Serialize(new ExecutionResult { Executed = true, Data = executed.Data });
        var actual = serializer.Serialize(new ExecutionResult { Executed = true, Data = compiled.Data });
        if (expected == actual)
        {
            return executed;
        }

        logger.LogError("The compiled plan's answer differs from the executor's.\nexecutor: {Expected}\ncompiled: {Actual}", expected, actual);
        return new ExecutionResult(executed)
        {
            Errors = [new ExecutionError("The compiled plan's answer differs from the executor's.") { Code = "COMPILED_PLAN_DIFFERS", Extensions = new Dictionary<string, object?> { ["executor"] = expected, ["compiled"] = actual } }],
        };
    }
}
