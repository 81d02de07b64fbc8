using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PlanData.Storage;

public static class ProviderOptions
{
    /// <summary>EF Core's provider for an open connection of either kind: the API reads through connections it manages itself.</summary>
    public static DbContextOptionsBuilder UsePlanDatabase(this DbContextOptionsBuilder options, DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => options.UseSqlite(sqlite),
        NpgsqlConnection postgres => options.UseNpgsql(postgres),
        _ => throw new ArgumentException($"No EF Core provider for {connection.GetType().Name}.", nameof(connection)),
    };
}
