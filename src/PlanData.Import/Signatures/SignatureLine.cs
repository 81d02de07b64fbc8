using System.Text;
using System.Text.RegularExpressions;
using PlanData.Text;

namespace PlanData.Import.Signatures;

/// <summary>How a line of the signature block reads: a title (upper case), noise, or neither.</summary>
internal static partial class SignatureLine
{
    /// <summary>The line with converter emphasis and signing marks such as "(Đã ký)" taken out, spaces tidied.</summary>
    public static string Clean(string line) =>
        Spaces().Replace(SigningMark().Replace(line.Normalize(NormalizationForm.FormC).Replace("*", "", StringComparison.Ordinal), " "), " ").Trim();

    /// <summary>
    /// Not part of the signature: a bracketed note ("(Ký, đóng dấu)", "[daky]"), a bare "Đã ký",
    /// or the text a digital signature stamps on the page ("Ký bởi: ...", e-mail, date and time),
    /// which carries digits, "@" or ":" where names and titles never do.
    /// </summary>
    public static bool IsNoise(string line) =>
        !line.Any(char.IsLetter)
        || Bracketed().IsMatch(line)
        || SignedNote().IsMatch(TextFolding.Fold(line))
        || line.Any(c => char.IsDigit(c) || c is '@' or ':');

    public static bool IsUpperCase(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    /// <summary>A title wrapped after "VÀ" goes on on the next line: "GIÁM ĐỐC SỞ THÔNG TIN" / "VÀ TRUYỀN THÔNG".</summary>
    public static bool Continues(string previous, string line) =>
        line.StartsWith("VÀ ", StringComparison.Ordinal) || line.StartsWith('&')
        || previous.EndsWith(" VÀ", StringComparison.Ordinal) || previous.EndsWith('&');

    [GeneratedRegex(@"[(\[]\s*(?:đã\s*ký|đã\s*kí|da\s*ky|ký|kí)[^)\]]*[)\]]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SigningMark();

    [GeneratedRegex(@"^[(\[].*[)\]]$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?:da\s*ky|ky(?:\s*ten|\s*boi|\s*,|\s+va|$))")]
    private static partial Regex SignedNote();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
