using System.Text;
using PlanData.Api.Search;

namespace PlanData.Api.Tests.Search;

public sealed class SearchHighlighterTests
{
    private static readonly HashSet<string> _chuyenDoiSo = ["chuyen", "doi", "so"];

    [Fact]
    public void A_decomposed_original_is_marked_word_for_word_and_kept_as_it_is()
    {
        var original = "Ban Chỉ đạo Chuyển đổi số".Normalize(NormalizationForm.FormD);

        var marked = SearchHighlighter.Mark(original, _chuyenDoiSo);

        Assert.Equal(("Ban Chỉ đạo <mark>Chuyển</mark> <mark>đổi</mark> <mark>số</mark>").Normalize(NormalizationForm.FormD), marked);
    }

    [Fact]
    public void Markup_in_the_text_is_escaped()
    {
        var marked = SearchHighlighter.Mark("<b>số</b> & <mark>", _chuyenDoiSo);

        Assert.Equal("&lt;b&gt;<mark>số</mark>&lt;/b&gt; &amp; &lt;mark&gt;", marked);
    }

    [Fact]
    public void Whole_words_only_are_marked()
    {
        var marked = SearchHighlighter.Mark("sóng, số; sốx (số)", _chuyenDoiSo);

        Assert.Equal("sóng, <mark>số</mark>; sốx (<mark>số</mark>)", marked);
    }

    [Fact]
    public void The_part_with_the_most_words_is_chosen_and_the_title_wins_ties()
    {
        Assert.Equal("<mark>số</mark> một", SearchHighlighter.Highlight("số một", "đổi hai\nba", _chuyenDoiSo));
        Assert.Equal("<mark>chuyển</mark> <mark>đổi</mark>", SearchHighlighter.Highlight("số một", "không\nchuyển đổi", _chuyenDoiSo));
        Assert.Null(SearchHighlighter.Highlight("một", "hai", _chuyenDoiSo));
    }
}
