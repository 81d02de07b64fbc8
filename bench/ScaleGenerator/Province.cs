using System.Globalization;
using System.Text;

namespace PlanData.Bench;

/// <summary>
/// The fictitious province of replica <c>Index</c> (1..N-1), named and dated exactly as the peers'
/// make-db.mjs does it, so that scale N means the same data set on both sides.
/// </summary>
public sealed record Province(int Index, string Name, string Slug, int YearOffset)
{
    private static readonly string[] _syllables =
    [
        "An", "Bình", "Cẩm", "Đông", "Hà", "Hải", "Hòa", "Kim", "Lâm", "Long", "Minh", "Nam",
        "Ninh", "Phú", "Quang", "Sơn", "Tân", "Thanh", "Thủy", "Trà", "Vân", "Vĩnh", "Xuân", "Yên",
    ];

    public static Province Of(int index)
    {
        var k = index - 1;
        var pairs = _syllables.Length * _syllables.Length;
        var pair = k % pairs;
        var cycle = k / pairs;
        var name = $"{_syllables[pair / _syllables.Length]} {_syllables[pair % _syllables.Length]}" + (cycle > 0 ? $" {cycle + 1}" : "");
        return new Province(index, name, Slugify(name), k % 5);
    }

    public static string Slugify(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var plain = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(plain))
            {
                slug.Append(plain);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
