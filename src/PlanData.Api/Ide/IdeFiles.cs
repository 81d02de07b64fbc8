using System.Text.Json;

namespace PlanData.Api.Ide;

/// <summary>
/// What the IDE's URLs serve: Banana Cake Pop's web files as the build copied them from the npm
/// package to bcp/ in the output folder (only those found there at start), and bcp-config.json.
/// </summary>
internal sealed class IdeFiles
{
    public const string FolderName = "bcp";

    // Files under static/ carry a hash of their content in their name, so a new package version never
    // reuses a name there; the other names (index.html, service-worker.js, favicons) stay the same
    // across versions, so browsers revalidate them (a 304 thanks to the ETag).
    private const string HashedNames = "static/";
    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    private readonly Dictionary<string, IdeFile> _files;

    private IdeFiles(Dictionary<string, IdeFile> files) => _files = files;

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <param name="folder">The package's files.</param>
    /// <param name="endpoint">The GraphQL endpoint the IDE is to query.</param>
    public static IdeFiles Load(string folder, string endpoint)
    {
        if (!File.Exists(Path.Combine(folder, "index.html")))
        {
            throw new InvalidOperationException(
                $"Banana Cake Pop's files are missing from {folder}. Build the API (the build installs them with `npm ci` " +
                $"in src/PlanData.Api/Ide and copies them there), or switch the IDE off with {IdeOptions.Section}:Enabled=false.");
        }

        var files = new Dictionary<string, IdeFile>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (IdeContentTypes.Find(path) is { } contentType)
            {
                var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
                files[name] = IdeFile.OnDisk(path, contentType, name.StartsWith(HashedNames, StringComparison.Ordinal) ? Immutable : Revalidate);
            }
        }

        files["bcp-config.json"] = IdeFile.InMemory(Config(endpoint), "application/json; charset=utf-8", Revalidate);
        return new IdeFiles(files);
    }

    /// <param name="name">The path below the IDE's URL, without the leading slash.</param>
    public IdeFile? Find(string name) => _files.GetValueOrDefault(name);

    /// <summary>
    /// The IDE fetches bcp-config.json on start. The endpoint is resolved against the page's URL, so the
    /// IDE queries this server under whatever host name the browser used; without disableTelemetry it
    /// would post to telemetry.chillicream.com, and a gaTrackingId would load Google's script.
    /// </summary>
    private static byte[] Config(string endpoint) =>
        JsonSerializer.SerializeToUtf8Bytes(new { useBrowserUrlAsEndpoint = true, endpoint, disableTelemetry = true });
}
