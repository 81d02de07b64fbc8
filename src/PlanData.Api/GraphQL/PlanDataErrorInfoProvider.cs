using GraphQL;
using GraphQL.Execution;
using PlanData.Api.Http;
using PlanData.Api.Operations;
using PlanData.Querying;

namespace PlanData.Api.GraphQL;

/// <summary>
/// Puts a <see cref="PlanDataError"/>'s extensions beside its code, where Hot Chocolate clients look for
/// them; cuts long quotes of the client's input out of messages (<see cref="EchoedInput"/>); and, unless exception details are exposed (Development), tells a client no more about an
/// unexpected exception than that it happened and its trace id.
/// </summary>
public sealed class PlanDataErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    private readonly bool _exposeExceptionDetails = options.ExposeExceptionDetails;

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError && !_exposeExceptionDetails)
        {
            return Unexpected(executionError.Extensions?.GetValueOrDefault(GraphQLResultRecorder.TraceIdExtension) as string);
        }

        var info = base.GetInfo(executionError);
        info.Message = EchoedInput.Shorten(info.Message);
        if (executionError is PlanDataError { ExtraExtensions.Count: > 0 } error)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            foreach (var (name, value) in error.ExtraExtensions)
            {
                extensions[name] = value;
            }

            info.Extensions = extensions;
        }

        return info;
    }

    /// <summary>
    /// GraphQL.NET's own answer would keep the exception's type in <c>code</c> and <c>codes</c> and its
    /// <c>Data</c> in <c>data</c>; none of them is the client's business.
    /// </summary>
    private static ErrorInfo Unexpected(string? traceId)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = UnexpectedError.Code };
        if (traceId is not null)
        {
            extensions[GraphQLResultRecorder.TraceIdExtension] = traceId;
        }

        return new ErrorInfo { Message = UnexpectedError.Message(traceId), Extensions = extensions };
    }
}
