using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Outline;

/// <summary>A plan's text as its numbered parts, its footnotes and its appendix references, as a client reads them over the imported copies.</summary>
public sealed class OutlineQueryTests(OutlineApiFactory api) : IClassFixture<OutlineApiFactory>
{
    [Fact]
    public async Task Sections_come_in_reading_order_with_the_paths_that_rebuild_the_tree()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { plan(number: "12/KH-UBND") { sections { path parentPath depth kind label heading paragraphs firstLine lastLine } } }
            """);

        var sections = data["plan"]!["sections"]!.AsArray();
        Assert.Equal(
            ["Mở đầu", "Phần 1", "Phần 1/1", "Phần 1/2", "Phần 1/2/2.1", "Phần 1/2/2.1/a", "Phần 1/2/2.1/b", "Phần 1/2/2.2", "Phần 2", "Phần 2/I", "Phần 2/I/1", "Phần 2/II", "Phụ lục 1"],
            sections.Select(s => (string?)s!["path"]));
        var field = sections.Single(s => (string?)s!["path"] == "Phần 1/2/2.1/a")!;
        Assert.Equal(("Phần 1/2/2.1", 3, "FIELD", "a)"), ((string?)field["parentPath"], (int?)field["depth"], (string?)field["kind"], (string?)field["label"]));
        var item = sections.Single(s => (string?)s!["path"] == "Phần 2/I/1")!;
        Assert.Equal(["- Cơ quan chủ trì: Sở Thông tin và Truyền thông.", "- Thời gian hoàn thành: Năm 2024."], item["paragraphs"]!.AsArray().Select(p => (string?)p));
        Assert.Equal((20, 22), ((int?)item["firstLine"], (int?)item["lastLine"]));
        Assert.Equal(("APPENDIX", "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024"), ((string?)sections[^1]!["kind"], (string?)sections[^1]!["heading"]));
    }

    [Fact]
    public async Task A_footnote_in_a_published_opening_is_kept_without_the_note_the_page_dropped()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { plan(number: "121/KH-UBND") { footnotes { marker sectionPath line context text textLine } } }
            """);

        var footnote = Assert.Single(data["plan"]!["footnotes"]!.AsArray())!;
        Assert.Equal(
            ("1", "Mở đầu", 11, "Văn bản số 3862/SKHCN-BCVT&CĐS ngày 27/12/2025", null, null),
            ((string?)footnote["marker"], (string?)footnote["sectionPath"], (int?)footnote["line"], (string?)footnote["context"], (string?)footnote["text"], (int?)footnote["textLine"]));
    }

    [Fact]
    public async Task Footnotes_the_copy_carries_are_linked_to_their_notes()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""{ plan(number: "12/KH-UBND") { footnotes { marker text textLine } } }""");

        Assert.Equal(
            ["1 @36 Quyết định phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.", "2 @37 Theo Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ."],
            data["plan"]!["footnotes"]!.AsArray().Select(f => $"{f!["marker"]} @{f["textLine"]} {f["text"]}"));
    }

    [Fact]
    public async Task Appendix_references_say_whether_the_copy_carries_the_appendix()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            {
              opening: plan(number: "228/KH-UBND") { appendixReferences { appendix sectionPath line context appendixPath } }
              whole: plan(number: "12/KH-UBND") { appendixReferences { appendix appendixPath } }
            }
            """);

        var opening = Assert.Single(data["opening"]!["appendixReferences"]!.AsArray())!;
        Assert.Equal(
            ("Phụ lục I", "Phần I/I", 37, "(Chi tiết tại Phụ lục I đính kèm).", null),
            ((string?)opening["appendix"], (string?)opening["sectionPath"], (int?)opening["line"], (string?)opening["context"], (string?)opening["appendixPath"]));
        Assert.Equal(
            ["Phụ lục 1 → Phụ lục 1", "Phụ lục 3 → "],
            data["whole"]!["appendixReferences"]!.AsArray().Select(a => $"{a!["appendix"]} → {a["appendixPath"]}"));
    }

    [Fact]
    public async Task Plans_filter_on_what_their_sections_say()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            {
              reviews: plans(where: { sections: { some: { kind: { eq: PART }, heading: { icontains: "đánh giá kết quả" } } } }) { nodes { number } }
              withNotes: plans(where: { footnotes: { any: true } }) { nodes { number } }
              pointingToMissingAppendices: plans(where: { appendixReferences: { some: { appendixPath: { eq: null } } } }) { nodes { number } }
            }
            """);

        Assert.Equal(["228/KH-UBND"], Numbers(data, "reviews"));
        Assert.Equal(["12/KH-UBND", "121/KH-UBND"], Numbers(data, "withNotes").Order(StringComparer.Ordinal));
        Assert.Equal(["12/KH-UBND", "228/KH-UBND"], Numbers(data, "pointingToMissingAppendices").Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string?> Numbers(JsonObject data, string field) => data[field]!["nodes"]!.AsArray().Select(n => (string?)n!["number"]);
}
