using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Plans;

public sealed class PlanSectionKindType : EnumerationGraphType<PlanSectionKind>
{
    public PlanSectionKindType()
    {
        Name = "PlanSectionKind";
        Description = "What a part of a document's outline is, from the way it is numbered.";
        this.Describe(
            ("PREAMBLE", "The text between the title and the first numbered part: the legal basis (Căn cứ) and the issuing formula."),
            ("PART", "Phần I, PHẦN II."),
            ("CHAPTER", "Chương I."),
            ("ARTICLE", "Điều 1. of a decision or resolution."),
            ("SECTION", "I., II."),
            ("ITEM", "1., 2."),
            ("SUBITEM", "1.1., 2.3.1."),
            ("FIELD", "a), b)."),
            ("ATTACHMENT", "What a decision or resolution issues after its signature: the plan or programme it attaches."),
            ("APPENDIX", "PHỤ LỤC I: an appendix the document carries."));
    }
}
