using PlanData.Text;

namespace PlanData.Documents;

public static class DocumentNumbers
{
    /// <summary>The form a number is looked up by: folded, without spaces ("04 /KH-BCĐ" → "04/kh-bcd").</summary>
    public static string LookupKey(string number) => TextFolding.Fold(number).Replace(" ", "", StringComparison.Ordinal);
}
