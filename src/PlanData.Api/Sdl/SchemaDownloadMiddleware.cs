using Microsoft.Extensions.Options;
using PlanData.Api.Http;
using PlanData.Api.Limits;

namespace PlanData.Api.Sdl;

/// <summary>
/// GET /graphql?sdl and GET /graphql/schema.graphql: the printed schema as a file to download. Runs
/// before the GraphQL transport (?sdl is a GET of the endpoint) and before the IDE (a browser following
/// a link to ?sdl asks for text/html and is to get the file, not the IDE).
/// </summary>
internal sealed class SchemaDownloadMiddleware(RequestDelegate next, PathString path, IServiceProvider services)
{
    // The schema never changes while the server runs; it is printed on the first download.
    private readonly Lazy<PrintedSchema> _schema = new(() => PrintedSchema.Print(services));
    private readonly PathString _file = path.Add("/schema.graphql");

    // The schema as a file is introspection by another door: it goes with it.
    private readonly bool _served = services.GetRequiredService<IOptions<IntrospectionOptions>>().Value.Enabled;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isDownload = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && ((request.Path == path && request.Query.ContainsKey("sdl")) || request.Path == _file);
        if (!isDownload)
        {
            return next(context);
        }

        if (!_served)
        {
            context.Response.Headers.CacheControl = "no-store";
            return GraphQLResponseWriter.WriteErrorAsync(context, LimitErrors.SchemaNotServed(), MediaTypes.Json, StatusCodes.Status404NotFound);
        }

        var schema = _schema.Value;
        context.Response.Headers.CacheControl = "public, max-age=3600, must-revalidate";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"schema.graphql\"";
        return Results.Bytes(schema.Utf8, "application/graphql; charset=utf-8", entityTag: schema.ETag).ExecuteAsync(context);
    }
}
