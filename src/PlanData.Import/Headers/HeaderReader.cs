using System.Globalization;
using System.Text.RegularExpressions;
using PlanData.Import.Normalization;
using PlanData.Import.Numbers;

namespace PlanData.Import.Headers;

/// <summary>
/// Reads the header block however a page rendered it: cells split by "|" on one line or one cell a
/// line, rules between cells, a name or a place broken over lines ("ỦY" / "BAN NHÂN DÂN", "Tiền" /
/// "Giang, ngày ..."), number, place and date on one line or several, or everything run together by
/// OCR. It ends at the document type line (KẾ HOẠCH, QUYẾT ĐỊNH, ...), or, without one, after the
/// place-and-date, or where the body starts.
/// </summary>
public static class HeaderReader
{
    // A header is a few lines: past this many, a copy without type line or date has no header.
    private const int MaxHeaderLines = 30;

    // A title line is a heading, not prose: a longer line after the first is the body's first paragraph.
    private const int MaxTitleLineWords = 30;

    public static DocumentHeader Read(IReadOnlyList<SourceLine> lines)
    {
        var cells = new List<List<(string Text, int Line)>> { new() };
        var region = new List<int>();
        SourceLine? typeLine = null;
        string? type = null, rest = null;
        var dated = false;
        var i = 0;
        for (; i < lines.Count && i < MaxHeaderLines; i++)
        {
            var text = HeaderPatterns.Image().Replace(lines[i].Text, "").Trim();
            if (HeaderPatterns.TypeLine().Match(text) is { Success: true } typed && IsTypeLine(typed))
            {
                typeLine = lines[i];
                type = typed.Groups["type"].Value;
                rest = typed.Groups["rest"].Value.Trim();
                region.AddRange(lines[i].Lines);
                i++;
                break;
            }

            var separator = text.Length == 0 || text.Trim('|', ' ').Length == 0 || HeaderPatterns.Rule().IsMatch(text);
            if (dated && !separator)
            {
                break;
            }

            if (!dated && HeaderPatterns.BodyStart().IsMatch(text))
            {
                break;
            }

            region.AddRange(lines[i].Lines);
            var pieces = text.Split('|');
            for (var p = 0; p < pieces.Length; p++)
            {
                var piece = pieces[p].Trim();
                if (piece.Length > 0 && !HeaderPatterns.Rule().IsMatch(piece))
                {
                    cells[^1].Add((piece, lines[i].First));
                }

                // A '|' or a rule closes the cell; so does the end of a line that ends with '|'.
                if (p < pieces.Length - 1 || HeaderPatterns.Rule().IsMatch(piece))
                {
                    Close(cells);
                }
            }

            dated = dated || cells.Any(c => HeaderPatterns.PlaceAndDate().IsMatch(Join(c)));
        }

        if (typeLine is null && !dated && !cells.Any(c => HeaderPatterns.NumberLabel().IsMatch(Join(c))))
        {
            // Neither type, date nor number: the copy starts with its body.
            return new DocumentHeader([], null, null, null, null, null, null, null, null, [], null, [], 0, []);
        }

        var header = Segment(cells.Where(c => c.Count > 0).ToList());
        var title = ReadTitle(lines, ref i, typeLine is not null);

        // A decision or resolution names who enacts it under its title, in capitals ("CHỦ TỊCH ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ").
        var authority = new List<SourceLine>();
        if (i < lines.Count && HeaderPatterns.Authority().IsMatch(lines[i].Text))
        {
            do
            {
                authority.Add(lines[i++]);
            }
            while (i < lines.Count && !lines[i].Text.Any(char.IsLower) && lines[i].Text.Any(char.IsLetter) && !HeaderPatterns.BodyStart().IsMatch(lines[i].Text));
        }

        return header with
        {
            TypeLine = typeLine,
            DocumentType = type,
            TitleOnTypeLine = rest is { Length: > 0 } ? rest : null,
            Title = title,
            Authority = authority,
            Lines = [.. region, .. title.SelectMany(l => l.Lines), .. authority.SelectMany(l => l.Lines)],
            BodyStart = i,
        };
    }

    // "KẾ HOẠCH" alone, or followed by a title that starts with a capital ("KÊ HOẠCH Triển khai ..."),
    // never a sentence that starts with the word ("Kế hoạch số 50/KH-UBND ...": the type words are in capitals).
    private static bool IsTypeLine(Match typed) =>
        typed.Groups["rest"].Value is var rest && (rest.Length == 0 || (rest[0] == ' ' && rest.TrimStart() is { Length: > 0 } r && char.IsUpper(r[0])));

    private static void Close(List<List<(string Text, int Line)>> cells)
    {
        if (cells[^1].Count > 0)
        {
            cells.Add([]);
        }
    }

    private static string Join(List<(string Text, int Line)> cell) => string.Join(' ', cell.Select(p => p.Text));

    /// <summary>Finds motto, number and place-and-date inside each cell; what is left before them names the issuer.</summary>
    private static DocumentHeader Segment(List<List<(string Text, int Line)>> cells)
    {
        var issuer = new List<HeaderPart>();
        HeaderPart? motto = null, number = null, date = null;
        string? place = null;
        DateOnly? issuedOn = null;
        int? year = null;
        var doubts = new List<string>();
        foreach (var cell in cells)
        {
            var text = Join(cell);
            var starts = new List<int>();
            var offset = 0;
            foreach (var piece in cell)
            {
                starts.Add(offset);
                offset += piece.Text.Length + 1;
            }

            // The source lines a stretch of the joined cell came from.
            IReadOnlyList<int> LinesOf(int start, int end) =>
                [.. cell.Where((p, n) => starts[n] < end && starts[n] + p.Text.Length > start).Select(p => p.Line).Distinct()];

            var earlier = number is not null || date is not null;
            var taken = new List<(int Start, int End)>();
            foreach (var pattern in new[] { HeaderPatterns.StateMotto(), HeaderPatterns.Motto() })
            {
                foreach (Match m in pattern.Matches(text))
                {
                    taken.Add((m.Index, m.Index + m.Length));
                    motto ??= new HeaderPart(m.Value, LinesOf(m.Index, m.Index + m.Length));
                }
            }

            if (number is null && HeaderPatterns.NumberLabel().Match(text) is { Success: true } label)
            {
                var at = label.Index + label.Length;
                var after = text[at..];
                if (HeaderPatterns.BlankNumber().Match(after) is { Success: true } blank)
                {
                    number = new HeaderPart(blank.Value.Trim(), LinesOf(label.Index, at + blank.Length));
                    taken.Add((label.Index, at + blank.Length));
                }
                else if (DocumentNumberReader.FindAll(after).FirstOrDefault() is { Index: <= 1 } found)
                {
                    number = new HeaderPart(after.Substring(found.Index, found.Length), LinesOf(label.Index, at + found.Index + found.Length));
                    taken.Add((label.Index, at + found.Index + found.Length));
                }
                else
                {
                    // Kept as printed: the identity reader says what an unreadable number means for the document.
                    // Its first word, not what follows it in the cell (the place and date of a page that ran them together).
                    var word = after.TrimStart().Split(' ')[0];
                    var end = at + (after.Length - after.TrimStart().Length) + word.Length;
                    number = new HeaderPart(word, LinesOf(label.Index, end));
                    taken.Add((label.Index, end));
                }
            }

            var searchFrom = taken.Count == 0 ? 0 : taken.Max(t => t.End);
            if (date is null && HeaderPatterns.PlaceAndDate().Match(text, searchFrom) is { Success: true } dated)
            {
                var placeStart = dated.Index + (dated.Groups["place"].Value.Length - dated.Groups["place"].Value.TrimStart().Length);
                date = new HeaderPart(dated.Value.Trim(), LinesOf(placeStart, dated.Index + dated.Length));
                place = Place(dated.Groups["place"].Value);
                year = int.Parse(dated.Groups["year"].Value, CultureInfo.InvariantCulture);
                var month = int.Parse(dated.Groups["month"].Value, CultureInfo.InvariantCulture);
                var dayText = dated.Groups["day"].Value;
                if (int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                    && month is >= 1 and <= 12 && year is >= 1945 and <= 2100 && day >= 1 && day <= DateTime.DaysInMonth(year.Value, month))
                {
                    issuedOn = new DateOnly(year.Value, month, day);
                }
                else
                {
                    doubts.Add($"the date \"{dated.Value.Trim()}\" has no readable day: only its month and year are taken");
                }

                taken.Add((dated.Index, dated.Index + dated.Length));
            }

            // What comes before the first part a reader took, above number and date, names the issuer (or its superior).
            var first = taken.Count == 0 ? text.Length : taken.Min(t => t.Start);
            if (!earlier)
            {
                AddIssuer(issuer, text[..first], LinesOf(0, first));
            }
        }

        return new DocumentHeader(issuer, motto, number, date, place, issuedOn, year, null, null, [], null, [], 0, doubts);
    }

    private static void AddIssuer(List<HeaderPart> issuer, string text, IReadOnlyList<int> lines)
    {
        var clean = HeaderPatterns.PageMarker().Replace(text.Trim(' ', '|', ',', '.', ':'), "").Trim();
        // A stray lower-case letter glued to a name in capitals ("cBAN CHẤP HÀNH ...") is page debris.
        if (clean.Length > 2 && char.IsLower(clean[0]) && char.IsUpper(clean[1]))
        {
            clean = clean[1..];
        }

        if (clean.Length > 0 && clean.Any(char.IsLetter))
        {
            issuer.Add(new HeaderPart(clean, lines));
        }
    }

    private static string? Place(string printed)
    {
        var place = Regex.Replace(printed, @"\s+", " ").Trim(' ', ',', '|');
        return place.Length == 0 ? null : place;
    }

    /// <summary>
    /// The title: after a type line, the lines up to the body; without one, only lines in capitals
    /// (a page that dropped "KẾ HOẠCH" still prints the title in capitals).
    /// </summary>
    private static List<SourceLine> ReadTitle(IReadOnlyList<SourceLine> lines, ref int i, bool typed)
    {
        var title = new List<SourceLine>();
        for (; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (HeaderPatterns.Rule().IsMatch(text) && title.Count > 0)
            {
                // The rule under the title belongs to it.
                title.Add(lines[i] with { Text = "" });
                i++;
                break;
            }

            // After a type line the next line is the title whatever its first word ("Triển khai thực hiện ...").
            var first = typed && title.Count == 0 && !IsHeading(text) && !text.StartsWith("Căn cứ", StringComparison.Ordinal);
            if (!first && (HeaderPatterns.Image().IsMatch(text) || HeaderPatterns.BodyStart().IsMatch(text)
                || (title.Count > 0 && HeaderPatterns.Authority().IsMatch(text))
                || (title.Count > 0 && text.Split(' ').Length > MaxTitleLineWords)
                || text.StartsWith('-') || HeaderPatterns.TypeLine().IsMatch(text)
                || (!typed && text.Any(char.IsLower))))
            {
                break;
            }

            title.Add(lines[i]);
        }

        return title;
    }

    private static bool IsHeading(string text) => Regex.IsMatch(text, @"^(?:[IVX]+|\d+)[.\-]\s|^(?i:phần)\s+[IVX\d]+(?![\p{L}\p{N}])");
}
