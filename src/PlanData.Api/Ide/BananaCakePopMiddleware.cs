namespace PlanData.Api.Ide;

/// <summary>
/// Banana Cake Pop at the GraphQL path: a browser's GET /graphql (Accept: text/html) is sent on to
/// /graphql/, where index.html, the package's files and bcp-config.json are served. Every other request
/// passes on, so this runs before the GraphQL transport, which answers the other GETs of /graphql.
/// </summary>
internal sealed class BananaCakePopMiddleware(RequestDelegate next, PathString path, IdeFiles files)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        if (request.Path == path)
        {
            return AcceptsHtml(request) ? RedirectToIde(context) : next(context);
        }

        // No fallback to index.html: an unknown name is somebody else's route or a 404.
        return request.Path.StartsWithSegments(path, out var rest) && files.Find(rest == "/" ? "index.html" : rest.Value![1..]) is { } file
            ? SendAsync(context, file)
            : next(context);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// index.html loads its scripts by relative URLs (static/js/...), which resolve inside the IDE's
    /// folder only from /graphql/. The redirect is not to be cached: it depends on Accept and on
    /// configuration (the IDE can be switched off).
    /// </summary>
    private static Task RedirectToIde(HttpContext context)
    {
        var request = context.Request;
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = $"{request.PathBase}{request.Path}/{request.QueryString}";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.Vary = "Accept";
        return Task.CompletedTask;
    }

    private static Task SendAsync(HttpContext context, IdeFile file)
    {
        context.Response.Headers.CacheControl = file.CacheControl;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return file.ToResult().ExecuteAsync(context);
    }
}
