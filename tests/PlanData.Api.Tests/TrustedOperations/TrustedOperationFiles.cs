using System.Security.Cryptography;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.TrustedOperations;

/// <summary>The trusted operations as the repository holds them, with ids computed here independently of the API.</summary>
public static class TrustedOperationFiles
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "src", "PlanData.Api", "TrustedOperations");

    public static string FileOf(string name) => Path.Combine(Folder, name + ".graphql");

    /// <summary>The lowercase hex SHA-256 of the file's bytes.</summary>
    public static string IdOf(string name) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(FileOf(name))));

    public static string TextOf(string name) => File.ReadAllText(FileOf(name));

    public static IReadOnlyList<string> Names =>
        [.. Directory.EnumerateFiles(Folder, "*.graphql").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];
}
