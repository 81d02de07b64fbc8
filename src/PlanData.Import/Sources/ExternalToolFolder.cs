namespace PlanData.Import.Sources;

/// <summary>
/// A new temporary folder for one external run's inputs and outputs (page images, a converted
/// file, a LibreOffice profile), readable by this user only, deleted with its contents on
/// dispose, whatever happened.
/// </summary>
public sealed class ExternalToolFolder : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public ExternalToolFolder(string root)
    {
        Path = System.IO.Path.Combine(root, $"plan-data-import-{Guid.NewGuid():N}");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
        }
        else
        {
            Directory.CreateDirectory(Path, OwnerOnly);
        }
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder must not hide the import's own result or error.
        }
    }
}
