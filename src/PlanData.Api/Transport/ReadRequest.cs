namespace PlanData.Api.Transport;

/// <summary>
/// Stage 1's result: a request whose method and accepted media type are served and whose body has been read.
/// Its GraphQL parameters are parsed on first use, so that a response-cache hit never parses them.
/// </summary>
public sealed class ReadRequest(HttpRequest http, string mediaType, byte[]? body)
{
    private GraphQLHttpRequest? _parameters;

    public bool IsGet => body is null;

    /// <summary>The media type the response is written in.</summary>
    public string MediaType => mediaType;

    /// <summary>The POST body; null for a GET.</summary>
    public byte[]? Body => body;

    /// <exception cref="Http.RequestRefusedException">The body or query string is not a GraphQL request.</exception>
    public GraphQLHttpRequest Parameters => _parameters ??= body is null ? GraphQLRequestReader.FromQueryString(http.Query) : GraphQLRequestReader.FromBody(body);
}
