using System.Text;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using PlanData.Api.Caching;
using PlanData.Api.GraphQL;
using PlanData.Api.Limits;
using PlanData.Api.Operations;
using PlanData.Api.RateLimiting;
using PlanData.Api.TrustedOperations;

namespace PlanData.Api.Transport;

/// <summary>
/// The GraphQL-over-HTTP endpoint: a query by POST (JSON body) or GET (query string), or a trusted
/// operation by id. Every way a request can be wrong ends in a spec-shaped error body with the
/// status the spec gives it, never in a 500.
/// </summary>
public sealed class GraphQLEndpoint(
    IDocumentBuilder documents,
    TrustedOperationGate trustedOperations,
    HttpCachePolicy cache,
    RequestAdmission admission,
    ResponseCache responses,
    IOptions<TransportOptions> options)
{
    private const string Allowed = "GET, POST";

    public async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        HttpCachePolicy.AddVary(context.Response);
        var mediaType = ResponseMediaType.Negotiate(http.Headers.Accept);
        try
        {
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
            var key = CacheKey(context, mediaType, body);
            if (key is { } hit && responses.TryGet(hit, out var cached))
            {
                await WriteCachedAsync(context, cached);
                return;
            }

            var request = body is null ? GraphQLRequestReader.FromQueryString(http.Query) : GraphQLRequestReader.FromBody(body);
            var document = trustedOperations.Resolve(request.Query, request.OperationId)
                ?? throw RequestRefusedException.Http(400, "The request has neither a `query` nor the `id` of a trusted operation.", "HC0013");
            context.Features.Set(new GraphQLRequestFeature(request.OperationName, document.TrustedId));
            admission.Admit(context, document.TrustedId is not null);
            var parsed = document.Document ?? TryParse(document.Text);
            if (parsed is not null)
            {
                RefuseWhatCannotRun(OperationSelection.Find(parsed, request.OperationName), isGet);
            }

            // An ad-hoc POST is never cached; anything else is answered 304 while the client's copy is current.
            var etag = isGet || document.TrustedId is not null ? cache.ETag(context, document, request.OperationName, request.Variables, mediaType) : null;
            if (etag is not null && HttpCachePolicy.IsNotModified(http, etag))
            {
                cache.MarkCacheable(context, etag);
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            var result = await ExecuteAsync(context, request, document, parsed);

            // Under graphql-response+json a request that failed before execution (parse, validation,
            // variable coercion) is a 400; application/json keeps 200 for every GraphQL response.
            var status = result.Executed || mediaType == MediaTypes.Json ? 200 : 400;
            var clean = status == 200 && result.Errors is not { Count: > 0 };
            if (etag is not null && clean)
            {
                cache.MarkCacheable(context, etag);
            }
            else
            {
                HttpCachePolicy.MarkUncacheable(context.Response);
            }

            if (key is { } miss && clean && result.Executed)
            {
                var bytes = await GraphQLResponseWriter.WriteBufferedAsync(context, result, mediaType, status);
                responses.Add(miss, new CachedResponse(bytes, context.Response.ContentType!, etag, context.Features.Get<GraphQLRequestFeature>()!, context.Features.Get<GraphQLResultFeature>()!));
                return;
            }

            await GraphQLResponseWriter.WriteAsync(context, result, mediaType, status);
        }
        catch (RequestRefusedException refused)
        {
            var type = mediaType ?? MediaTypes.Json;
            if (refused.Allow is not null)
            {
                context.Response.Headers.Allow = refused.Allow;
            }

            HttpCachePolicy.MarkUncacheable(context.Response);
            await GraphQLResponseWriter.WriteErrorAsync(context, refused.Error, type, refused.Status ?? (type == MediaTypes.Json ? 200 : 400));
        }
    }

    /// <summary>The response cache's key for this request; null when the cache is off or no data version can be read.</summary>
    private ResponseCacheKey? CacheKey(HttpContext context, string mediaType, byte[]? body)
    {
        if (!responses.Enabled)
        {
            return null;
        }

        string version;
        try
        {
            version = DataVersion.Of(context);
        }
        catch (RequestRefusedException)
        {
            // The request goes on uncached and meets the same refusal where it needs the data.
            return null;
        }

        // The entity tag names the content coding the client accepts (compression happens after this).
        var request = body ?? Encoding.UTF8.GetBytes(context.Request.QueryString.Value ?? "");
        var variant = $"{mediaType}; {context.Request.Headers.AcceptEncoding}";
        return ResponseCacheKey.Of(version, context.Request.Method, variant, CallerScope.Of(context), request);
    }

    /// <summary>
    /// A stored response, after what a fresh one goes through too: the rate limit, and a 304 to a client
    /// whose copy is current. The request log and the trace name the operation as for a fresh answer.
    /// </summary>
    private async Task WriteCachedAsync(HttpContext context, CachedResponse cached)
    {
        context.Features.Set(cached.Request);
        admission.Admit(context, cached.Request.TrustedOperationId is not null);
        context.Features.Set(cached.Result);
        var response = context.Response;
        if (cached.ETag is null)
        {
            HttpCachePolicy.MarkUncacheable(response);
        }
        else
        {
            // public or private by this request's credentials, as for a fresh answer.
            cache.MarkCacheable(context, cached.ETag);
            if (HttpCachePolicy.IsNotModified(context.Request, cached.ETag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = cached.ContentType;
        response.ContentLength = cached.Body.Length;
        await response.Body.WriteAsync(cached.Body, context.RequestAborted);
    }

    /// <summary>Null for a document with syntax errors: the executor parses it again and reports them in its own words.</summary>
    /// <exception cref="RequestRefusedException">The document has more tokens or nests deeper than the limits allow.</exception>
    private GraphQLDocument? TryParse(string text)
    {
        try
        {
            return documents.Build(text);
        }
        catch (PlanDataError overLimit)
        {
            throw RequestRefusedException.GraphQL(overLimit);
        }
        catch (Exception e) when (e is ExecutionError or GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>The schema has only a query type: the API is read-only.</summary>
    private static void RefuseWhatCannotRun(GraphQLOperationDefinition? operation, bool isGet)
    {
        if (operation is null || operation.Operation == OperationType.Query)
        {
            return;
        }

        var kind = operation.Operation == OperationType.Mutation ? "mutation" : "subscription";
        if (isGet)
        {
            throw RequestRefusedException.Http(405, $"A {kind} cannot be sent with GET; and this API is read-only: it has no mutations or subscriptions, only queries.", allow: "POST");
        }

        throw RequestRefusedException.GraphQL(new ExecutionError(operation.Operation == OperationType.Mutation
            ? "This API is read-only: it has no mutations. Send a query."
            : "This API has no subscriptions. Send a query."));
    }

    /// <exception cref="RequestRefusedException">The request is over one of the limits checked before execution.</exception>
    private static async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, RequestDocument document, GraphQLDocument? parsed)
    {
        var services = context.RequestServices;
        var limits = services.GetRequiredService<RequestLimits>();
        limits.CheckVariables(request.Variables);
        if (parsed is not null)
        {
            limits.CheckOperation(parsed, OperationSelection.Find(parsed, request.OperationName), request.Variables);
        }

        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var options = new ExecutionOptions
        {
            Query = document.Text,
            Document = parsed,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
            RequestServices = services,
            User = context.User,
        };

        // Resolvers hand this token to every SQL command, so the timeout stops the database too.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(limits.Timeout);
        options.CancellationToken = timeout.Token;
        try
        {
            var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options);

            // A resolver can fail on the interrupted statement instead of on the token: still a timeout.
            return timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested ? limits.TimedOut() : result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return limits.TimedOut();
        }
    }
}
