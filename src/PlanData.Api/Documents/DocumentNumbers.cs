namespace PlanData.Api.Documents;

/// <summary>Tidies a document number as a user types it: trimmed, no spaces around its separators.</summary>
public static class DocumentNumbers
{
    public static string Tidy(string number) =>
        string.Concat(number.Normalize(System.Text.NormalizationForm.FormC).Where(ch => !char.IsWhiteSpace(ch)));
}
