using Microsoft.EntityFrameworkCore;

namespace PlanData.Querying;

/// <summary>The request's database, as the machinery needs it: the EF Core context its statements run on, and how LIKE compares.</summary>
public interface IQueryDatabase
{
    /// <summary>One context a request: resolvers run serially, so it is never used by two at once.</summary>
    DbContext Context { get; }

    /// <summary>
    /// Whether the database's LIKE is case-sensitive (PostgreSQL); known without a connection, so that a refused filter never
    /// touches the database.
    /// </summary>
    bool OrdinalLike { get; }
}
