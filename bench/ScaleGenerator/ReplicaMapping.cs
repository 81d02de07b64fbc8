using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PlanData.Seeding;

namespace PlanData.Bench;

/// <summary>How one value of the seed becomes the province's: codes, texts, years and dates.</summary>
public sealed class ReplicaMapping(JurisdictionEntry seedJurisdiction, int seedYear, Province province)
{
    private readonly string _prefix = seedJurisdiction.Code + "/";
    private readonly (string From, string To)[] _replacements =
    [
        (seedJurisdiction.Name, province.Name),
        (seedJurisdiction.Name.ToUpper(CultureInfo.InvariantCulture), province.Name.ToUpper(CultureInfo.InvariantCulture)),
        // Next year first, so that a shifted base year is not shifted twice (as make-db.mjs does).
        (Invariant(seedYear + 1), Invariant(seedYear + 1 + province.YearOffset)),
        (Invariant(seedYear), Invariant(seedYear + province.YearOffset)),
    ];

    [return: NotNullIfNotNull(nameof(code))]
    public string? Agency(string? code) =>
        code is not null && code.StartsWith(_prefix, StringComparison.Ordinal) ? $"{province.Slug}/{code[_prefix.Length..]}" : code;

    [return: NotNullIfNotNull(nameof(text))]
    public string? Text(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var (from, to) in _replacements)
        {
            if (from != to)
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Only the years that <see cref="Text"/> rewrites move, so that texts and fields keep agreeing.</summary>
    public int Year(int year) => year == seedYear || year == seedYear + 1 ? year + province.YearOffset : year;

    /// <summary>A month's last day stays the month's last day (February 29).</summary>
    public DateOnly Date(DateOnly date)
    {
        var year = Year(date.Year);
        var day = date.Day == DateTime.DaysInMonth(date.Year, date.Month) ? DateTime.DaysInMonth(year, date.Month) : date.Day;
        return new DateOnly(year, date.Month, day);
    }

    public DateOnly? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>The seed province's documents become the province's own; national ones stay shared.</summary>
    public DocumentEntry Document(DocumentEntry document) =>
        document.Jurisdiction != seedJurisdiction.Code
            ? document
            : document with
            {
                Issuer = Agency(document.Issuer),
                IssuedOn = Date(document.IssuedOn),
                Year = document.Year is { } year ? Year(year) : null,
                Jurisdiction = province.Slug,
                Summary = Text(document.Summary),
            };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
