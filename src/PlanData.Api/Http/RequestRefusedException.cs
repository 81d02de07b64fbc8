using GraphQL;

namespace PlanData.Api.Http;

/// <summary>
/// A request the endpoint answers with an error before executing anything. Thrown where the
/// problem is found so that the endpoint's happy path reads straight through.
/// </summary>
public sealed class RequestRefusedException : Exception
{
    private RequestRefusedException(int? status, ExecutionError error, string? allow)
        : base(error.Message)
    {
        Status = status;
        Error = error;
        Allow = allow;
    }

    /// <summary>The HTTP status; null for a GraphQL request error, whose status depends on the media type.</summary>
    public int? Status { get; }

    public ExecutionError Error { get; }

    /// <summary>The methods to list in an <c>Allow</c> header (405).</summary>
    public string? Allow { get; }

    /// <summary>The HTTP request itself is wrong (not a well-formed GraphQL-over-HTTP request): a 4xx whatever the media type.</summary>
    public static RequestRefusedException Http(int status, string message, string? code = null, string? allow = null) =>
        new(status, WithCode(new ExecutionError(message), code), allow);

    /// <summary>Like <see cref="Http(int, string, string?, string?)"/>, with an error that carries more than a code.</summary>
    public static RequestRefusedException Http(int status, ExecutionError error) => new(status, error, null);

    /// <summary>
    /// A well-formed request the API will not run: a GraphQL request error, 400 under
    /// application/graphql-response+json and 200 under application/json, like a validation error.
    /// </summary>
    public static RequestRefusedException GraphQL(ExecutionError error) => new(null, error, null);

    private static ExecutionError WithCode(ExecutionError error, string? code)
    {
        error.Code = code;
        return error;
    }
}
