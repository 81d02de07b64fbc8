using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Api.Documents;
using PlanData.Api.Indicators;
using PlanData.Api.Jurisdictions;
using PlanData.Api.Plans;
using PlanData.Documents;
using PlanData.Indicators;
using PlanData.Plans;
using PlanData.Querying;
using PlanData.Querying.Filtering;
using PlanData.Querying.Sorting;

namespace PlanData.Api.GraphQL;

public sealed class PlanDataSchema : Schema
{
    /// <summary>The object types whose lists clients filter and sort (directly or through nested fields).</summary>
    private static readonly string[] _listRoots = ["Plan", "PlanItem", "Agency", "Indicator", "LegalDocument", "Assignment", "Jurisdiction"];

    public PlanDataSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Query = query;
        RegisterTypeMapping(typeof(DateOnly), typeof(DateScalar));
        RegisterTypeMapping(typeof(ScheduleKind), typeof(ScheduleKindType));
        RegisterTypeMapping(typeof(PlanItemStatus), typeof(PlanItemStatusType));
        RegisterTypeMapping(typeof(AssignmentRole), typeof(AssignmentRoleType));
        RegisterTypeMapping(typeof(AgencyKind), typeof(AgencyKindType));
        RegisterTypeMapping(typeof(JurisdictionLevel), typeof(JurisdictionLevelType));
        RegisterTypeMapping(typeof(DocumentKind), typeof(DocumentKindType));
        RegisterTypeMapping(typeof(ReferenceRelation), typeof(ReferenceRelationType));
        RegisterTypeMapping(typeof(TargetComparator), typeof(TargetComparatorType));
        RegisterTypeMapping(typeof(SourceFormat), typeof(SourceFormatType));
        RegisterTypeMapping(typeof(PlanSectionKind), typeof(PlanSectionKindType));

        // The object types are the declaration the filter and sort inputs are generated from. These
        // instances are only read; the schema builds its own from the query's fields.
        var dataTypes = DataObjectTypes(services).ToDictionary(t => t.Name, StringComparer.Ordinal);

        foreach (var input in FilterInputTypes.Create(dataTypes, _listRoots).Concat(SortInputTypes.Create(dataTypes, _listRoots)))
        {
            RegisterType(input);
        }

        RegisterType(services.GetRequiredService<SortEnumType>());
    }

    private static IEnumerable<IObjectGraphType> DataObjectTypes(IServiceProvider services) =>
        typeof(PlanDataSchema).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && EntityOf(t)?.Assembly == typeof(Plan).Assembly)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (IObjectGraphType)services.GetRequiredService(t));

    /// <summary>The entity an object type shows: T of the ObjectGraphType&lt;T&gt; it derives from.</summary>
    private static Type? EntityOf(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
