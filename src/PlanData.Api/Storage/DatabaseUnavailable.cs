using PlanData.Querying;

namespace PlanData.Api.Storage;

/// <summary>What a request gets when no version of the database can be read: no path, no SQLite message.</summary>
public static class DatabaseUnavailable
{
    public const string Code = "DATABASE_UNAVAILABLE";

    public static PlanDataError Error() => new(Code, "The plan database cannot be read at the moment; try again later.");
}
