using GraphQL.Types;
using PlanData.Documents;
using PlanData.Querying;

namespace PlanData.Api.Documents;

public sealed class DocumentKindType : EnumerationGraphType<DocumentKind>
{
    public DocumentKindType()
    {
        Name = "DocumentKind";
        Description = "The type of a document, from its type abbreviation (Nghị định 30/2020/NĐ-CP, Phụ lục III).";
        this.Describe(
            ("DECISION", "Quyết định (QĐ)."),
            ("PLAN", "Kế hoạch (KH)."),
            ("SUBMISSION", "Tờ trình (TTr)."),
            ("DIRECTIVE", "Chỉ thị (CT)."),
            ("RESOLUTION", "Nghị quyết (NQ)."),
            ("OFFICIAL_LETTER", "Công văn: a number without a type abbreviation (5025/VPUBND)."),
            ("REPORT", "Báo cáo (BC)."),
            ("NOTICE", "Thông báo (TB)."),
            ("PROGRAM", "Chương trình (CTr)."),
            ("SCHEME", "Đề án (ĐA)."),
            ("DECREE", "Nghị định (NĐ)."),
            ("CIRCULAR", "Thông tư (TT)."),
            ("REGULATION", "Quy chế (QC), Quy định (QyĐ)."),
            ("GUIDANCE", "Hướng dẫn (HD)."),
            ("OTHER", "Any other type."));
    }
}
