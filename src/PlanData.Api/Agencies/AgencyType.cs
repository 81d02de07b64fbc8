using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.GraphQL.Loading;
using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.GraphQL;
using PlanData.Api.GraphQL.Data;
using PlanData.Api.Plans;

namespace PlanData.Api.Agencies;

public sealed class AgencyType : NodeObjectType<Agency>
{
    /// <summary>How many successor links currentSuccessor follows (the 2025 reorganisation needs one).</summary>
    public const int SuccessorDepth = 4;

    public AgencyType()
        : base("Agency", "A party that plans name: a body, a group named as one party, or an enterprise.", a => a.Code)
    {
        this.Scalar("code", a => a.Code, "Stable code: jurisdiction slug / agency slug, e.g. quang-ngai/so-tttt.");
        this.Scalar("name", a => a.Name, "Full name, e.g. Sở Thông tin và Truyền thông.");
        this.Scalar("shortName", a => a.ShortName, "Customary short form, e.g. Sở TT&TT.", nullable: true);
        this.StringList("aliases", a => a.Aliases, "Other spellings met in documents, e.g. 'STTTT', 'Thành viên BCD CDS tỉnh Quảng Ngãi'.");
        this.Scalar("kind", a => a.Kind);
        this.Reference<Agency, JurisdictionType, Jurisdiction, string>("jurisdiction", a => a.Jurisdiction, a => a.JurisdictionCode, "Code", nullable: false);
        this.Scalar("isCollective", a => a.IsCollective, "True for a group named as one party, e.g. 'Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'.");
        this.Reference<Agency, AgencyType, Agency>("parent", a => a.Parent, a => a.ParentId);
        this.Scalar("dissolvedOn", a => a.DissolvedOn, "When the agency stopped existing under this name (merger, dissolution), where known.", nullable: true);
        this.Reference<Agency, AgencyType, Agency>("successor", a => a.Successor, a => a.SuccessorId, "The agency that took over its duties, where known (e.g. the 2025 reorganisation).");
        Field<NonNullGraphType<AgencyType>>("currentSuccessor")
            .Description("Follows successor links to the agency that holds these duties today (itself if still in existence).")
            .Resolve(c => CurrentSuccessor(c))
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.Object, _ => (Expression<Func<Agency, Agency>>)(a => a), "Agency", typeof(Agency), false, Sortable: true) { Cases = SuccessorCases() });
        this.NestedConnection<Agency, AssignmentsConnectionType, PlanData.Plans.Assignment>("assignments", "Assignment", a => a.Assignments, a => a.Id, AgencyOrders.Assignments)
            .Description("The plan items that name this agency, with its role in each.");
    }

    /// <summary>
    /// The agencies at the end of the successor chains of every parent in the level, in two
    /// statements whatever their number: the chain is followed in SQL (CASE WHEN per hop), then
    /// the agencies it ends at are read.
    /// </summary>
    private static IDataLoaderResult<Agency?> CurrentSuccessor(IResolveFieldContext<Agency> context) =>
        context.Loaders()
            .GetOrAdd("Agency.currentSuccessor", () => new BatchLoader<int, Agency?>(
                async (ids, cancellationToken) =>
                {
                    var db = context.Db();
                    var list = ids.ToList();
                    var current = await db.Agencies.Where(a => list.Contains(a.Id)).Select(_currentSuccessorId).ToListAsync(cancellationToken);
                    var targets = current.Select(c => c.Current).Distinct().ToList();
                    var agencies = await db.Agencies.Where(a => targets.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
                    return current.ToDictionary(c => c.Id, c => agencies.GetValueOrDefault(c.Current));
                },
                null))
            .Load(context.Source.Id);

    private static readonly Expression<Func<Agency, SuccessorLink>> _currentSuccessorId = BuildCurrentSuccessorId();

    private static Expression<Func<Agency, SuccessorLink>> BuildCurrentSuccessorId()
    {
        var cases = SuccessorCases();
        var agency = cases[0].Guard.Parameters[0];
        Expression id = Expression.Property(ExpressionParts.Apply(cases[^1].Value, agency), nameof(Agency.Id));
        for (var i = cases.Count - 2; i >= 0; i--)
        {
            id = Expression.Condition(ExpressionParts.Apply(cases[i].Guard, agency), Expression.Property(ExpressionParts.Apply(cases[i].Value, agency), nameof(Agency.Id)), id);
        }

        var link = Expression.New(typeof(SuccessorLink).GetConstructors().Single(), Expression.Property(agency, nameof(Agency.Id)), id);
        return Expression.Lambda<Func<Agency, SuccessorLink>>(link, agency);
    }

    private sealed record SuccessorLink(int Id, int Current);

    /// <summary>Itself when it has no successor, else its successor when that has none, and so on.</summary>
    private static List<(LambdaExpression Guard, LambdaExpression Value)> SuccessorCases()
    {
        var cases = new List<(LambdaExpression, LambdaExpression)>();
        var agency = Expression.Parameter(typeof(Agency), "agency");
        Expression current = agency;
        Expression? reached = null;
        for (var hop = 0; hop <= SuccessorDepth; hop++)
        {
            var next = Expression.Property(current, nameof(Agency.Successor));
            var last = hop == SuccessorDepth ? (Expression)Expression.Constant(true) : Expression.Equal(next, Expression.Constant(null, typeof(Agency)));
            var guard = reached is null ? last : Expression.AndAlso(reached, last);
            cases.Add((Expression.Lambda(guard, agency), Expression.Lambda(current, agency)));
            var exists = Expression.NotEqual(next, Expression.Constant(null, typeof(Agency)));
            reached = reached is null ? exists : Expression.AndAlso(reached, exists);
            current = next;
        }

        return cases;
    }
}
