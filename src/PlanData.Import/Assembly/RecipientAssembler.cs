using System.Text.RegularExpressions;
using PlanData.Import.Normalization;
using PlanData.Seeding;
using PlanData.Text;

namespace PlanData.Import.Assembly;

/// <summary>
/// "Nơi nhận": one recipient a party. A line that names several registry agencies
/// ("VNPT Quảng Ngãi, Viettel Quảng Ngãi, ...") gives one recipient each; "Lưu: VT, ..." is the
/// archive copy (no agency).
/// </summary>
public static partial class RecipientAssembler
{
    public static IReadOnlyList<RecipientEntry> Assemble(ImportContext context, IReadOnlyList<SourceLine> lines)
    {
        var recipients = new List<RecipientEntry>();
        foreach (var line in lines)
        {
            context.Map(line);
            var text = line.Text.TrimStart('-', ' ').TrimEnd(';', '.', ' ');
            if (TextFolding.Fold(text).StartsWith("luu", StringComparison.Ordinal))
            {
                recipients.Add(new RecipientEntry(null, text, "lưu", line.First));
                continue;
            }

            var purpose = Purpose().Match(text);
            var name = purpose.Success ? text[..purpose.Index].Trim() : text;
            var mentions = context.ReadAgencies(name, line.First);
            if (mentions.Count > 1 && mentions.All(m => !m.IsNew))
            {
                recipients.AddRange(mentions.Select(m => new RecipientEntry(m.Agency.Code, m.Printed, purpose.Success ? purpose.Groups[1].Value : null, line.First)));
            }
            else
            {
                recipients.Add(new RecipientEntry(mentions.FirstOrDefault()?.Agency.Code, text, purpose.Success ? purpose.Groups[1].Value : null, line.First));
            }
        }

        return recipients;
    }

    [GeneratedRegex(@"\(([^()]+)\)$")]
    private static partial Regex Purpose();
}
