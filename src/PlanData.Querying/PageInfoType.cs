using GraphQL.Types;

namespace PlanData.Querying;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(p => p.HasNextPage).Description("Whether more edges follow the last one of this page.");
        Field(p => p.HasPreviousPage).Description("Whether more edges precede the first one of this page.");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first edge of this page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last edge of this page.");
    }
}
