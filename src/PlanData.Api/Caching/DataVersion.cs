using PlanData.Api.Http;
using PlanData.Api.Storage;
using PlanData.Querying;

namespace PlanData.Api.Caching;

/// <summary>
/// The version of the data a response is made of: the SHA-256 of the database file its request
/// reads, or on PostgreSQL the data version row its snapshot reads (<see cref="DatabaseSnapshot"/>). Asking for it pins the request to the current version,
/// so an entity tag made before execution names the data the execution then reads, even when an
/// import replaces the file in between. Hashing the content rather than the metadata keeps the
/// version, and every entity tag derived from it, the same across restarts and across servers that
/// hold the same file.
/// </summary>
public static class DataVersion
{
    public static string Of(HttpContext context)
    {
        try
        {
            return context.RequestServices.GetRequiredService<DatabaseSnapshot>().Version;
        }
        catch (PlanDataError e) when (e.Code == DatabaseUnavailable.Code)
        {
            // No version to name, so nothing to answer or revalidate until a readable file is back.
            throw RequestRefusedException.Http(StatusCodes.Status503ServiceUnavailable, e.Message, e.Code);
        }
    }
}
