using System.Text;
using PlanData.Documents;
using PlanData.Text;

namespace PlanData.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Chuyển đổi số", "chuyen doi so")]
    [InlineData("CHUYỂN ĐỔI SỐ", "chuyen doi so")]
    [InlineData("  Sở   Thông tin\tvà Truyền thông ", "so thong tin va truyen thong")]
    [InlineData("Đặng Văn Minh", "dang van minh")]
    [InlineData("chuyen doi so", "chuyen doi so")]
    public void Folds_case_diacritics_d_and_spacing(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void Decomposed_input_folds_like_composed_input()
    {
        var decomposed = "chuyển đổi số".Normalize(NormalizationForm.FormD);

        Assert.NotEqual("chuyển đổi số", decomposed);
        Assert.Equal("chuyen doi so", TextFolding.Fold(decomposed));
    }

    [Theory]
    [InlineData("04/KH-BCĐ")]
    [InlineData("04 /KH-BCĐ")]
    [InlineData("04/kh-bcd")]
    [InlineData(" 04 / kh - bcđ ")]
    public void Document_numbers_are_looked_up_without_case_spacing_or_diacritics(string typed) =>
        Assert.Equal("04/kh-bcd", DocumentNumbers.LookupKey(typed));
}
