using GraphQL;
using GraphQL.DI;

namespace PlanData.Api.Operations;

/// <summary>
/// GraphQL.NET leaves the document off a result that failed validation; with it, the request's log
/// line and span can still name the operation the client sent.
/// </summary>
public sealed class KeepDocumentOnResult : IConfigureExecution
{
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        result.Document ??= options.Document;
        return result;
    }
}
