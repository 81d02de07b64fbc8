using PlanData.Documents;
using PlanData.Import.Numbers;

namespace PlanData.Import.Tests.Numbers;

public sealed class DocumentKindsTests
{
    [Theory]
    [InlineData("Quyết định", DocumentKind.Decision, "QĐ")]
    [InlineData("Kế hoạch", DocumentKind.Plan, "KH")]
    [InlineData("Tờ trình", DocumentKind.Submission, "TTr")]
    [InlineData("Chỉ thị", DocumentKind.Directive, "CT")]
    [InlineData("Nghị quyết", DocumentKind.Resolution, "NQ")]
    [InlineData("Công văn", DocumentKind.OfficialLetter, "CV")]
    [InlineData("Báo cáo", DocumentKind.Report, "BC")]
    [InlineData("Thông báo", DocumentKind.Notice, "TB")]
    [InlineData("Chương trình", DocumentKind.Program, "CTr")]
    [InlineData("Đề án", DocumentKind.Scheme, "ĐA")]
    [InlineData("Nghị định", DocumentKind.Decree, "NĐ")]
    [InlineData("Thông tư", DocumentKind.Circular, "TT")]
    [InlineData("Quy chế", DocumentKind.Regulation, "QC")]
    [InlineData("Quy định", DocumentKind.Regulation, "QyĐ")]
    [InlineData("Hướng dẫn", DocumentKind.Guidance, "HD")]
    [InlineData("KẾ HOẠCH", DocumentKind.Plan, "KH")]
    [InlineData("kế  hoạch", DocumentKind.Plan, "KH")]
    public void Type_word_names_a_kind(string word, DocumentKind kind, string code)
    {
        Assert.True(DocumentKinds.TryGetByWord(word, out var found));
        Assert.Equal(new DocumentKindCode(kind, code), found);
    }

    [Theory]
    [InlineData("CTr", DocumentKind.Program, "CTr")]
    [InlineData("CT", DocumentKind.Directive, "CT")]
    [InlineData("QyĐ", DocumentKind.Regulation, "QyĐ")]
    [InlineData("QyD", DocumentKind.Regulation, "QyĐ")]
    [InlineData("HD", DocumentKind.Guidance, "HD")]
    [InlineData("HĐ", DocumentKind.Other, "HĐ")]
    [InlineData("CD", DocumentKind.Other, "CĐ")]
    public void Abbreviation_names_a_kind(string abbreviation, DocumentKind kind, string code)
    {
        Assert.True(DocumentKinds.TryGetByAbbreviation(abbreviation, out var found));
        Assert.Equal(new DocumentKindCode(kind, code), found);
    }

    [Theory]
    [InlineData("Ctr")]
    [InlineData("kh")]
    [InlineData("TTR")]
    [InlineData("UBND")]
    public void Abbreviations_are_case_sensitive_and_closed(string abbreviation)
    {
        Assert.False(DocumentKinds.TryGetByAbbreviation(abbreviation, out _));
    }
}
