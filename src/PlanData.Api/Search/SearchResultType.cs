using GraphQL.Types;
using PlanData.Api.Agencies;
using PlanData.Api.Documents;
using PlanData.Api.Indicators;
using PlanData.Api.Plans;

namespace PlanData.Api.Search;

/// <summary>What a search finds; each member type tells its own objects apart (IsTypeOf).</summary>
public sealed class SearchResultType : UnionGraphType
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "Something a search found: a plan, a plan item (also when one of its tasks matched), an agency (also by short name or alias), an indicator or a document.";
        Type<PlanType>();
        Type<PlanItemType>();
        Type<AgencyType>();
        Type<IndicatorType>();
        Type<LegalDocumentType>();
    }
}
