namespace PlanData.Api.Ide;

public static class IdeSetup
{
    /// <summary>
    /// Serves Banana Cake Pop at <paramref name="path"/> unless GraphQL:Ide:Enabled is false. Call it
    /// before the GraphQL transport is mapped: a browser's GET of the endpoint must not reach it.
    /// </summary>
    public static WebApplication UseBananaCakePop(this WebApplication app, string path)
    {
        var options = app.Configuration.GetSection(IdeOptions.Section).Get<IdeOptions>() ?? new IdeOptions();
        if (options.Enabled)
        {
            app.UseMiddleware<BananaCakePopMiddleware>(new PathString(path), IdeFiles.Load(IdeFiles.DefaultFolder, path));
        }

        return app;
    }
}
