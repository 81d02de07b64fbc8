using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class PlanSectionType : ObjectGraphType<PlanSection>
{
    public PlanSectionType()
    {
        Name = "PlanSection";
        Description = "One numbered part of a plan document's text (Phần I, II., 1.1., a), an appendix) with the paragraphs it holds before its first sub-part.";
        this.Scalar("path", s => s.Path, "Unique in its plan: the labels from the top down, joined by '/', e.g. 'II/1/a', 'Phần I/1.1', 'Phụ lục I'; the preamble is 'Mở đầu', a decision's attached plan 'Kèm theo'.");
        this.Scalar("parentPath", s => s.ParentPath, "The enclosing part's path; null at the top.", nullable: true);
        this.Scalar("depth", s => s.Depth, "0 at the top.");
        this.Scalar("kind", s => s.Kind);
        this.Scalar("label", s => s.Label, "The number as printed: 'Phần I', 'II.', '1.1.', 'a)', 'PHỤ LỤC I'; empty for the preamble and an attachment.");
        this.Scalar("heading", s => s.Heading, "The text after the label (or the line under 'Phần I'), e.g. 'MỤC ĐÍCH, YÊU CẦU'.");
        this.StringList("paragraphs", s => s.Paragraphs, "Its own paragraphs and table rows, as printed (lines a page broke joined again), up to its first sub-part.");
        this.Scalar("firstLine", s => s.FirstLine, "First source line (1-based) of the part, its heading included.");
        this.Scalar("lastLine", s => s.LastLine, "Last source line of the part, its sub-parts included.");
    }
}
