namespace PlanData.Api.Sdl;

public static class SchemaDownloadSetup
{
    /// <summary>Serves the SDL at <paramref name="path"/>?sdl and <paramref name="path"/>/schema.graphql; call it before the transport and the IDE.</summary>
    public static WebApplication UseSchemaDownload(this WebApplication app, string path)
    {
        app.UseMiddleware<SchemaDownloadMiddleware>(new PathString(path));
        return app;
    }
}
