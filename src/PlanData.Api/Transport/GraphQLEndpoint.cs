using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Http.Features;

namespace PlanData.Api.Transport;

/// <summary>
/// The GraphQL endpoint: POST with a JSON body, or GET with the request in the query string.
/// Answers application/graphql-response+json unless the client asks for application/json.
/// </summary>
public static class GraphQLEndpoint
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapPost(path, HandlePostAsync);
        endpoints.MapGet(path, HandleGetAsync);
    }

    private static async Task HandlePostAsync(HttpContext context)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted);
        }
        catch (JsonException)
        {
            await WriteErrorAsync(context, "The request body is not valid JSON.");
            return;
        }

        await ExecuteAsync(context, request);
    }

    private static async Task HandleGetAsync(HttpContext context)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var query = context.Request.Query;
        Inputs? variables;
        try
        {
            variables = query.TryGetValue("variables", out var text) && !string.IsNullOrEmpty(text) ? serializer.Deserialize<Inputs>(text) : null;
        }
        catch (JsonException)
        {
            await WriteErrorAsync(context, "The `variables` parameter is not a JSON object.");
            return;
        }

        await ExecuteAsync(context, new GraphQLRequest { Query = query["query"], OperationName = query["operationName"], Variables = variables });
    }

    private static async Task ExecuteAsync(HttpContext context, GraphQLRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteErrorAsync(context, "The request has no `query`.");
            return;
        }

        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        });

        // Under graphql-response+json a request that failed before execution is a 400.
        var mediaType = ResponseMediaType(context.Request);
        context.Response.StatusCode = result.Executed || mediaType == "application/json" ? 200 : 400;
        await WriteAsync(context, result, mediaType);
    }

    private static Task WriteErrorAsync(HttpContext context, string message)
    {
        var mediaType = ResponseMediaType(context.Request);
        context.Response.StatusCode = mediaType == "application/json" ? 200 : 400;
        return WriteAsync(context, new ExecutionResult { Errors = [new ExecutionError(message)] }, mediaType);
    }

    private static async Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType)
    {
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static string ResponseMediaType(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
        && !request.Headers.Accept.ToString().Contains(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)
            ? "application/json"
            : GraphQLResponseJson;
}
