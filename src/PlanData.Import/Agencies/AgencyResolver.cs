using System.Text.RegularExpressions;
using PlanData.Agencies;
using PlanData.Seeding;
using PlanData.Text;

namespace PlanData.Import.Agencies;

/// <summary>
/// Reads agency names in running text against the registry: lists split at commas,
/// semicolons and "và", "các sở:" distributing "Sở" over the names after it, names and aliases
/// compared folded (case, diacritics, đ/d, spacing, '&amp;'), the longest known name winning.
/// A name the registry lacks becomes a new agency (kind OTHER, in the document's jurisdiction),
/// never a dropped one; <see cref="Created"/> lists them for the import report.
/// </summary>
public sealed partial class AgencyResolver
{
    private readonly Dictionary<string, List<AgencyEntry>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgencyEntry> _created = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgencyEntry> _templated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly string _jurisdiction;
    private readonly IReadOnlyList<string> _enclosing;
    private readonly int _longestName;

    /// <param name="templated">Template bodies of the document's jurisdiction and those enclosing it
    /// (<see cref="AgencyTemplates"/>), and their successors: known names, written only when used.</param>
    /// <param name="enclosing">Jurisdictions whose bodies a name may mean when the document's own has none (its district, its province).</param>
    public AgencyResolver(AgencyRegistryFile registry, string jurisdiction, IEnumerable<AgencyEntry>? templated = null, IReadOnlyList<string>? enclosing = null)
    {
        _jurisdiction = jurisdiction;
        _enclosing = enclosing ?? [];
        var registered = registry.Agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var agency in templated ?? [])
        {
            // A body the registry names itself (quang-ngai/so-tttt) keeps the registry's entry.
            if (!registered.Contains(agency.Code))
            {
                _templated.TryAdd(agency.Code, agency);
            }
        }

        foreach (var agency in registry.Agencies.Concat(_templated.Values.Where(a => a.Jurisdiction == jurisdiction || _enclosing.Contains(a.Jurisdiction))))
        {
            _codes.Add(agency.Code);
            foreach (var name in agency.Aliases.Prepend(agency.Name).Append(agency.ShortName).OfType<string>())
            {
                var key = Key(Tokenize(name).Select(t => t.Folded));
                if (!_byName.TryGetValue(key, out var candidates))
                {
                    _byName[key] = candidates = [];
                }

                if (!candidates.Contains(agency))
                {
                    candidates.Add(agency);
                }
            }
        }

        _longestName = _byName.Keys.Max(k => k.Split(' ').Length);
    }

    /// <summary>Agencies to add to the database: names the registry lacked, and the template bodies the document named (with their successors and parents).</summary>
    public IReadOnlyCollection<AgencyEntry> Created => [.. _created.Values, .. UsedTemplates()];

    /// <summary>Only the names no registry or template knew: what the report warns about.</summary>
    public IReadOnlyCollection<AgencyEntry> Unknown => _created.Values;

    private IEnumerable<AgencyEntry> UsedTemplates()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(_used);
        while (pending.TryDequeue(out var code))
        {
            if (!taken.Add(code) || !_templated.TryGetValue(code, out var agency))
            {
                continue;
            }

            yield return agency;
            foreach (var linked in new[] { agency.Successor, agency.Parent }.OfType<string>())
            {
                pending.Enqueue(linked);
            }
        }
    }

    /// <summary>Every agency a list names, e.g. "Văn phòng UBND tỉnh, các sở: Tài chính, Y tế; VNPT Quảng Ngãi".</summary>
    public IReadOnlyList<AgencyMention> ReadList(string text) => Read(text, stopAtUnknown: false).Agencies;

    /// <summary>The agencies at the start of a sentence ("Yêu cầu A, B tổ chức ..."), and the rest of it.</summary>
    public AgencyListReading ReadLeading(string text) => Read(text, stopAtUnknown: true);

    /// <summary>A single name, known or new.</summary>
    public AgencyMention Resolve(string name) => Read(name, stopAtUnknown: false).Agencies.FirstOrDefault() ?? Create(name.Trim());

    /// <summary>A known agency whose name or alias is exactly <paramref name="name"/>; null when there is none.</summary>
    public AgencyEntry? Find(string name) => Lookup(Key(Tokenize(name).Select(t => t.Folded)));

    /// <summary>The people's committee of the document's jurisdiction (the "UBND" of a symbol such as QĐ-UBND).</summary>
    public AgencyEntry? PeoplesCommittee()
    {
        var committee = _byName.Values.SelectMany(v => v).FirstOrDefault(a => a.Kind == AgencyKind.PeoplesCommittee && a.Jurisdiction == _jurisdiction);
        if (committee is not null && _templated.ContainsKey(committee.Code))
        {
            _used.Add(committee.Code);
        }

        return committee;
    }

    /// <summary>Marks a template body as named by the document (the issuer found by its header or its number).</summary>
    public AgencyEntry Use(AgencyEntry agency)
    {
        if (_templated.ContainsKey(agency.Code))
        {
            _used.Add(agency.Code);
        }

        return agency;
    }

    private AgencyListReading Read(string text, bool stopAtUnknown)
    {
        var tokens = Tokenize(TrimEnd(text));
        var mentions = new List<AgencyMention>();
        var i = 0;
        string? distributed = null;
        while (i < tokens.Count)
        {
            var start = i;
            // A list marker opening an entry ("- Sở Tài chính" from a bulleted table cell) is no part of the name.
            while (i < tokens.Count && (IsSeparator(tokens[i].Folded) || tokens[i].Folded is "-" or "+" or "•"))
            {
                if (tokens[i].Folded == ";")
                {
                    distributed = null;
                }

                i++;
            }

            if (i >= tokens.Count)
            {
                break;
            }

            if (Distributes(tokens, i) is { } prefixLength)
            {
                distributed = tokens[i + 1].Text;
                i += prefixLength;
                continue;
            }

            if (Match(tokens, i, distributed) is { } match)
            {
                mentions.Add(new AgencyMention(match.Agency, Printed(tokens, i, match.Length, distributed), false));
                i += match.Length;
                if (i < tokens.Count && !IsSeparator(tokens[i].Folded) && !StartsAnother(text, tokens, i, match.Agency, distributed))
                {
                    if (stopAtUnknown)
                    {
                        return new AgencyListReading(mentions, Rest(text, tokens, i));
                    }

                    // A qualifier after a name ("- Cơ quan thường trực ...", "có liên quan", ": CVP, PCVP") runs to the next ';'.
                    while (i < tokens.Count && tokens[i].Folded != ";")
                    {
                        i++;
                    }
                }

                continue;
            }

            if (stopAtUnknown)
            {
                return new AgencyListReading(mentions, Rest(text, tokens, start));
            }

            var end = EndOfName(tokens, i, distributed);

            // "các bộ, ngành": a party named by its plural "các" goes on over a comma to the lower-case words after it,
            // which name no party of their own ("ngành", "địa phương"); a known name or a capital ends it. A name only this
            // document made ("ngành" from "Bộ, ngành, địa phương") does not, so that the reading does not depend on the order of the lists.
            while (tokens[i].Folded == "cac" && end + 1 < tokens.Count && tokens[end].Folded == ","
                && char.IsLower(tokens[end + 1].Text[0]) && tokens[end + 1].Folded != "cac" && !IsKnown(Match(tokens, end + 1, distributed)))
            {
                end = EndOfName(tokens, end + 1, distributed);
            }

            var name = Printed(tokens, i, end - i, distributed);
            mentions.Add(Create(name));
            i = end;
        }

        return new AgencyListReading(mentions, "");
    }

    /// <summary>Whether a match is a name of the registry or of its templates, not one made for this document.</summary>
    private bool IsKnown((AgencyEntry Agency, int Length)? match) => match is { } known && !_created.Values.Contains(known.Agency);

    /// <summary>Where an unknown name that starts at <paramref name="start"/> ends: at a comma or semicolon, or at "và" before a known name.</summary>
    private int EndOfName(IReadOnlyList<Token> tokens, int start, string? distributed)
    {
        var end = start;
        while (end < tokens.Count && tokens[end].Folded is not ("," or ";")
            && !(tokens[end].Folded == "va" && Match(tokens, end + 1, distributed) is not null))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A different known name right after a name, with nothing but space between, is the next
    /// entry: a table cell's paragraphs ("Văn phòng UBND tỉnh" / "Sở Tài chính") are read joined by a space.
    /// </summary>
    private bool StartsAnother(string text, IReadOnlyList<Token> tokens, int i, AgencyEntry previous, string? distributed)
    {
        var gap = text[(tokens[i - 1].Index + tokens[i - 1].Text.Length)..tokens[i].Index];
        return gap.All(char.IsWhiteSpace) && Match(tokens, i, distributed) is { } next && next.Agency.Code != previous.Code;
    }

    private (AgencyEntry Agency, int Length)? Match(IReadOnlyList<Token> tokens, int start, string? distributed)
    {
        var prefix = distributed is null ? [] : new[] { TextFolding.Fold(distributed) };
        for (var length = Math.Min(_longestName, tokens.Count - start); length > 0; length--)
        {
            var words = tokens.Skip(start).Take(length).Select(t => t.Folded);
            if (Lookup(Key(prefix.Concat(words))) is { } distributedAgency)
            {
                return (distributedAgency, length);
            }

            if (distributed is not null && Lookup(Key(words)) is { } agency)
            {
                return (agency, length);
            }
        }

        return null;
    }

    private AgencyEntry? Lookup(string key)
    {
        if (!_byName.TryGetValue(key, out var candidates))
        {
            return _created.GetValueOrDefault(key);
        }

        var agency = candidates.FirstOrDefault(a => a.Jurisdiction == _jurisdiction)
            ?? _enclosing.Select(e => candidates.FirstOrDefault(a => a.Jurisdiction == e)).FirstOrDefault(a => a is not null)
            ?? candidates.FirstOrDefault(a => a.Jurisdiction == "viet-nam")
            ?? candidates[0];
        if (_templated.ContainsKey(agency.Code))
        {
            _used.Add(agency.Code);
        }

        return agency;
    }

    private AgencyMention Create(string name)
    {
        var key = Key(Tokenize(name).Select(t => t.Folded));
        if (_created.TryGetValue(key, out var known))
        {
            return new AgencyMention(known, name, true);
        }

        var printed = char.ToUpperInvariant(name[0]) + name[1..];
        var code = $"{_jurisdiction}/{Slugs.From(name)}";
        for (var n = 2; _codes.Contains(code); n++)
        {
            // Two names can fold to one slug ("Sở - Tài chính", "Sở Tài chính"): a new agency never takes a code in use.
            code = $"{_jurisdiction}/{Slugs.From(name)}-{n}";
        }

        _codes.Add(code);
        // A name opening with the plural "các" ("Các bộ, ngành", "các hội") is a group named as one party.
        var collective = key.StartsWith("cac ", StringComparison.Ordinal);
        var agency = new AgencyEntry(code, printed, null, [], AgencyKind.Other, _jurisdiction, collective, null, null, null, null);
        _created[key] = agency;
        return new AgencyMention(agency, name, true);
    }

    /// <summary>"các sở:" (or "các Sở", "các sở, ngành:", "các sở ngành:") before a list of bare names: the tokens to skip.</summary>
    private static int? Distributes(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i].Folded != "cac" || tokens[i + 1].Folded != "so")
        {
            return null;
        }

        var colon = i + 2;
        if (tokens[colon].Folded == "nganh")
        {
            colon++;
        }
        else if (tokens[colon].Folded == "," && colon + 1 < tokens.Count && tokens[colon + 1].Folded == "nganh")
        {
            colon += 2;
        }

        return colon < tokens.Count && tokens[colon].Folded == ":" ? colon + 1 - i : null;
    }

    private static bool IsSeparator(string folded) => folded is "," or ";" or "va";

    private static string Printed(IReadOnlyList<Token> tokens, int start, int length, string? distributed)
    {
        var words = tokens.Skip(start).Take(length).Select(t => t.Text).ToList();
        var text = string.Join(' ', words).Replace(" ,", ",", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal).Replace(" :", ":", StringComparison.Ordinal);
        return distributed is null ? text : $"{char.ToUpperInvariant(distributed[0])}{distributed[1..]} {text}";
    }

    private static string Rest(string text, IReadOnlyList<Token> tokens, int index) =>
        index >= tokens.Count ? "" : text[tokens[index].Index..].Trim();

    // Only the end: token indexes must stay indexes into the text as given, which Rest slices.
    private static string TrimEnd(string text) => text.TrimEnd().TrimEnd('.', '/', ';', ' ');

    private static string Key(IEnumerable<string> folded) => string.Join(' ', folded);

    private static List<Token> Tokenize(string text) =>
        [.. TokenPattern().Matches(text).Select(m => new Token(m.Value, Fold(m.Value), m.Index))];

    private static string Fold(string word) => Ampersand().Replace(TextFolding.Fold(word), "");

    // "TT & TT" is one word, as "TT&TT" is: the spaces around '&' are not separators.
    [GeneratedRegex(@"[^\s,;:()]+(?:\s*&\s*[^\s,;:()]+)*|[,;:]")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\s*&\s*")]
    private static partial Regex Ampersand();

    private sealed record Token(string Text, string Folded, int Index);
}
