using GraphQL;
using GraphQL.Types;

namespace PlanData.Api.Transport;

/// <summary>Stage 4, execute: run the planned operation within the request's timeout.</summary>
public sealed class OperationExecution(IDocumentExecuter<ISchema> executer, ValidatedDocuments validated, CompiledExecution compiled, IGraphQLTextSerializer serializer)
{
    public async Task<ExecutionResult> ExecuteAsync(HttpContext context, PlannedOperation planned)
    {
        // Resolvers hand this token to every SQL command, so the timeout stops the database too.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(planned.Limits.Timeout);
        planned.Options.CancellationToken = timeout.Token;
        try
        {
            // A document seen before runs as its compiled plan when it has one (the first sight validates it on the executor).
            if (planned.WasValidated && compiled.Mode == CompiledOperationsMode.On && await compiled.TryExecuteAsync(planned.Options, timeout.Token) is { } fast)
            {
                return fast;
            }

            var result = await executer.ExecuteAsync(planned.Options);
            if (compiled.Mode == CompiledOperationsMode.Verify)
            {
                result = await compiled.VerifyAsync(planned.Options, result, serializer, timeout.Token);
            }

            if (result.Executed && !planned.WasValidated && planned.Options is { Query: { } text, Document: { } document })
            {
                // Execution begins only after validation has passed.
                validated.Add(text, document);
            }

            // A resolver can fail on the interrupted statement instead of on the token: still a timeout.
            return timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested ? planned.Limits.TimedOut() : result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return planned.Limits.TimedOut();
        }
    }
}
