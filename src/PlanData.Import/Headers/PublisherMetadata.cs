using System.Globalization;
using System.Text.RegularExpressions;
using PlanData.Import.Normalization;

namespace PlanData.Import.Headers;

/// <summary>
/// What the publisher says of a copy besides its text: "key: value" lines before the text
/// ("# source: https://...", "# issuer: Ủy ban nhân dân xã Thạch Kim, huyện Lộc Hà, tỉnh Hà Tĩnh"),
/// or the same lines in a file beside it (NAME.meta). A data-sharing platform's envelope carries these;
/// a portal that dropped the header is readable through them. The header, where printed, wins; the
/// importer reports which facts came from here and where the two disagree.
/// </summary>
public sealed partial record PublisherMetadata(IReadOnlyDictionary<string, string> Values)
{
    public static PublisherMetadata None { get; } = new(new Dictionary<string, string>());

    public string? Source => Get("source");

    public string? Issuer => Get("issuer");

    public string? Number => Get("number");

    public string? Place => Get("place");

    public string? Title => Get("title");

    /// <summary>"issued-on: 2025-10-24" or "24/10/2025"; null when absent.</summary>
    public DateOnly? IssuedOn(out string? unreadable)
    {
        unreadable = null;
        if (Get("issued-on") is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        unreadable = text;
        return null;
    }

    /// <summary>The keys the importer reads; any other key (note, ...) is kept as information only.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["source", "note", "issuer", "number", "issued-on", "place", "title"];

    /// <summary>Reads "key: value" lines ("# " before them optional); lines of other shapes are ignored.</summary>
    public static PublisherMetadata Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (Entry().Match(line.Trim()) is { Success: true } entry)
            {
                values[entry.Groups["key"].Value.ToLowerInvariant()] = entry.Groups["value"].Value.Trim();
            }
        }

        return new PublisherMetadata(values);
    }

    public static PublisherMetadata From(IEnumerable<SourceLine> provenance) => Parse(provenance.Select(l => l.Text));

    /// <summary>The copy's own lines, completed by the file beside it (whose values win: it is what the sender declared).</summary>
    public PublisherMetadata With(PublisherMetadata sidecar) =>
        new(Values.Concat(sidecar.Values).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal));

    private string? Get(string key) => Values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    [GeneratedRegex(@"^(?:#\s*)?(?<key>[A-Za-z][A-Za-z-]*)\s*:\s(?<value>.*)$")]
    private static partial Regex Entry();
}
