using Microsoft.Extensions.Options;
using PlanData.Api.Http;

namespace PlanData.Api.Transport;

/// <summary>Stage 1, read: the method, the media type the client accepts, and the body within its size limit.</summary>
public sealed class RequestReading(IOptions<TransportOptions> options)
{
    public const string Allowed = "GET, POST";

    /// <exception cref="RequestRefusedException">405 for another method, 406 for no servable media type, 413 for a body over the limit.</exception>
    public async Task<ReadRequest> ReadAsync(HttpContext context, string? mediaType)
    {
        var http = context.Request;
        var isGet = HttpMethods.IsGet(http.Method);
        if (!isGet && !HttpMethods.IsPost(http.Method))
        {
            throw RequestRefusedException.Http(405, $"{http.Method} is not supported: send a GraphQL request with GET or POST.", allow: Allowed);
        }

        if (mediaType is null)
        {
            throw RequestRefusedException.Http(406, $"None of the accepted media types ({http.Headers.Accept}) can be served: accept {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}.");
        }

        var body = isGet ? null : await GraphQLRequestReader.ReadBodyAsync(http, options.Value.MaxRequestBodyBytes, context.RequestAborted);
        return new ReadRequest(http, mediaType, body);
    }
}
