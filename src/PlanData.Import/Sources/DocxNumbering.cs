using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanData.Import.Sources;

/// <summary>
/// The list markers Word draws in front of numbered paragraphs (w:numPr, directly or through the
/// paragraph style), counted in document order: "1. ", "a) ", "II. ", and "- " for any bullet.
/// Formats other than decimal, letters and roman numerals give no marker.
/// </summary>
internal sealed partial class DocxNumbering
{
    private const int Levels = 9;

    private static readonly (int Amount, string Numeral)[] _romanNumerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, Style> _styles = [];
    private readonly string? _defaultParagraphStyle;

    // Lists that share an abstract definition continue one count, as in Word.
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int NumId, int Level)> _restarted = [];

    private DocxNumbering(Numbering? numbering, Styles? styles)
    {
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is int id)
            {
                _instances[id] = instance;
            }
        }

        foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (abstractNum.AbstractNumberId?.Value is int id)
            {
                _abstracts[id] = abstractNum;
            }
        }

        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles[id] = style;
                if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)
                {
                    _defaultParagraphStyle = id;
                }
            }
        }
    }

    public static DocxNumbering Load(MainDocumentPart main) =>
        new(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);

    /// <summary>The marker with its trailing space, or "" when the paragraph is not numbered or the format is not one we write.</summary>
    public string MarkerFor(Paragraph paragraph)
    {
        if (!TryFindList(paragraph, out var numId, out var level)
            || !_instances.TryGetValue(numId, out var instance)
            || instance.AbstractNumId?.Val?.Value is not int abstractId
            || !_abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return "";
        }

        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            _counters[abstractId] = counters = new int?[Levels];
        }

        var startOverride = Override(instance, level)?.StartOverrideNumberingValue?.Val?.Value;
        if (startOverride is int restart && _restarted.Add((numId, level)))
        {
            counters[level] = restart;
        }
        else
        {
            counters[level] = counters[level] + 1 ?? Start(LevelOf(instance, abstractNum, level));
        }

        Array.Fill(counters, null, level + 1, Levels - level - 1);
        return Marker(instance, abstractNum, level, counters) is { } marker ? marker + " " : "";
    }

    private bool TryFindList(Paragraph paragraph, out int numId, out int level)
    {
        var properties = paragraph.ParagraphProperties;
        var direct = properties?.NumberingProperties;
        var id = direct?.NumberingId?.Val?.Value;
        var lvl = direct?.NumberingLevelReference?.Val?.Value;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;
        var seen = new HashSet<string>();
        for (var current = styleId; id is null && current is not null && seen.Add(current);)
        {
            if (!_styles.TryGetValue(current, out var style))
            {
                break;
            }

            var fromStyle = style.StyleParagraphProperties?.NumberingProperties;
            id = fromStyle?.NumberingId?.Val?.Value;
            lvl ??= fromStyle?.NumberingLevelReference?.Val?.Value;
            current = style.BasedOn?.Val?.Value;
        }

        numId = id ?? 0;
        level = lvl ?? LevelLinkedToStyle(numId, styleId) ?? 0;
        return numId != 0 && level is >= 0 and < Levels;
    }

    // A style-numbered paragraph without its own level takes the level that names its style.
    private int? LevelLinkedToStyle(int numId, string? styleId)
    {
        if (styleId is null || !_instances.TryGetValue(numId, out var instance)
            || instance.AbstractNumId?.Val?.Value is not int abstractId || !_abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return null;
        }

        return abstractNum.Elements<Level>().FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == styleId)?.LevelIndex?.Value;
    }

    private static LevelOverride? Override(NumberingInstance instance, int level) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);

    private static Level? LevelOf(NumberingInstance instance, AbstractNum abstractNum, int level) =>
        Override(instance, level)?.Level ?? abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    private static int Start(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 0;

    private static string? Marker(NumberingInstance instance, AbstractNum abstractNum, int level, int?[] counters)
    {
        var definition = LevelOf(instance, abstractNum, level);
        var format = FormatOf(definition);
        if (format == "bullet")
        {
            return "-";
        }

        var pattern = definition?.LevelText?.Val?.Value;
        if (pattern is null)
        {
            return null;
        }

        var legal = definition?.IsLegalNumberingStyle is { } isLegal && (isLegal.Val?.Value ?? true);
        var supported = true;
        var marker = Placeholder().Replace(pattern, match =>
        {
            var placeholderLevel = match.Groups[1].Value[0] - '1';
            var placeholderDefinition = LevelOf(instance, abstractNum, placeholderLevel);
            var value = counters[placeholderLevel] ?? Start(placeholderDefinition);
            var number = Number(value, legal ? "decimal" : FormatOf(placeholderDefinition));
            supported &= number is not null;
            return number ?? "";
        });

        return supported && marker.Trim().Length > 0 ? marker.Trim() : null;
    }

    private static string FormatOf(Level? level) => level?.NumberingFormat?.Val?.InnerText ?? "decimal";

    private static string? Number(int value, string format) => format switch
    {
        "decimal" => value.ToString(CultureInfo.InvariantCulture),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(value)?.ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value)?.ToLowerInvariant(),
        "upperRoman" => Roman(value),
        _ => null,
    };

    // Word's letters: a … z, then aa … zz, aaa … (the letter repeated).
    private static string? Letters(int value) =>
        value < 1 ? null : new string((char)('A' + (value - 1) % 26), (value - 1) / 26 + 1);

    private static string? Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var (amount, numeral) in _romanNumerals)
        {
            for (; value >= amount; value -= amount)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("%([1-9])")]
    private static partial Regex Placeholder();
}
