using System.Linq.Expressions;
using PlanData.Agencies;
using PlanData.Storage;

namespace PlanData.Api.Jurisdictions;

/// <summary>
/// The area a code stands for since provinces and communes were merged (2025): the unit itself, the units
/// merged into it, and the districts and communes under any of them. In the registry a merger is one
/// link to a unit that still exists (kon-tum → quang-ngai, xã → xã), and a commune sits under its
/// district or directly under its province, so the area is reached by one merger and two parent links.
/// </summary>
public static class JurisdictionArea
{
    public static Expression<Func<Jurisdiction, bool>> Within(string code)
    {
        var key = JurisdictionCodes.LookupKey(code);
        if (!NaturalKeys.CanExist(key))
        {
            // No code holds U+0000, and PostgreSQL could not even be sent one.
            return j => false;
        }

        return j => j.Code == key || j.MergedIntoCode == key
            || j.ParentCode == key || j.Parent!.MergedIntoCode == key
            || j.Parent!.ParentCode == key || j.Parent!.Parent!.MergedIntoCode == key;
    }

    /// <summary>The codes of the area, as a subquery: rows that only hold a jurisdiction code (documents) are filtered by it in SQL.</summary>
    public static IQueryable<string> Codes(PlanDataContext db, string code) => db.Jurisdictions.Where(Within(code)).Select(j => j.Code);
}
