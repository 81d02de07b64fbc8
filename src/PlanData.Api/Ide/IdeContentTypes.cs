namespace PlanData.Api.Ide;

/// <summary>
/// The content types of the files in Banana Cake Pop's package. Only these are served: a JavaScript
/// file sent with any other type breaks the IDE's web workers, and a file of a type not listed here
/// (the package's LICENSE) is not part of the IDE.
/// </summary>
internal static class IdeContentTypes
{
    private static readonly Dictionary<string, string> _byExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
    };

    public static string? Find(string path) => _byExtension.GetValueOrDefault(Path.GetExtension(path));
}
