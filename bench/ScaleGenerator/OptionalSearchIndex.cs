using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanData.Storage;

namespace PlanData.Bench;

/// <summary>
/// Rebuilds the search index when PlanData has one (PlanData.Search.SearchIndex.RebuildAsync).
/// Found by reflection so that the generator builds before and after that type exists.
/// </summary>
public static class OptionalSearchIndex
{
    public const string TypeName = "PlanData.Search.SearchIndex";

    private static readonly object _unsupported = new();

    public static async Task<string> RebuildAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        var type = typeof(PlanDataContext).Assembly.GetType(TypeName);
        if (type is null)
        {
            return "none (PlanData has no search index)";
        }

        var method = type.GetMethods(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(m => m.Name == "RebuildAsync");
        await using var db = ScaleDatabase.Context(connection);
        var arguments = method?.GetParameters().Select(p => Argument(p, db, connection, path, cancellationToken)).ToArray();
        if (method is null || arguments is null || arguments.Contains(_unsupported))
        {
            var signature = method is null ? "no public static RebuildAsync" : method.ToString();
            Console.Error.WriteLine($"warning: {TypeName}: {signature} is not a form this generator can call; the search index was not rebuilt (see bench/README.md).");
            return "not rebuilt (unknown signature)";
        }

        if (method.Invoke(null, arguments) is Task task)
        {
            await task;
        }

        return "rebuilt";
    }

    private static object? Argument(ParameterInfo parameter, PlanDataContext db, SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        var type = parameter.ParameterType;
        if (type.IsAssignableFrom(typeof(PlanDataContext)) && typeof(DbContext).IsAssignableFrom(type))
        {
            return db;
        }

        if (type.IsAssignableFrom(typeof(SqliteConnection)) && typeof(DbConnection).IsAssignableFrom(type))
        {
            return connection;
        }

        if (type == typeof(string))
        {
            return path;
        }

        if (type == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        return parameter.HasDefaultValue ? parameter.DefaultValue : _unsupported;
    }
}
