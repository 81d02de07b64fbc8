using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Nodes;
using PlanData.Api.Storage;
using PlanData.Api.Jurisdictions;
using PlanData.Documents;
using PlanData.Querying;
using PlanData.Storage;

namespace PlanData.Api.Documents;

/// <summary>
/// Root lookups by document number (plan(number:), document(number:)). A number such as 04/KH-BCĐ
/// repeats across provinces, communes and years, so the lookup never picks one of several: it takes
/// `jurisdiction` and `year` to narrow them, and when more than one remains it answers null with
/// AMBIGUOUS_NUMBER and the candidates. Every step is one SQL statement over the number's index.
/// </summary>
public static class NumberLookup
{
    public const string AmbiguousCode = "AMBIGUOUS_NUMBER";

    /// <summary>At most this many candidates are listed; the message counts them all.</summary>
    public const int MaxCandidates = 20;

    public const string JurisdictionDescription =
        "Only the documents of this jurisdiction, by its code (matched folded: \"Quảng-Ngãi\" works). The unit's own documents come first; " +
        "only when none of them has the number do those of the units merged into it and of the districts and communes under them count " +
        "(the area of the `within` filter), so \"quang-ngai\" finds a plan of former tỉnh Kon Tum that Quảng Ngãi itself has no namesake of.";

    public const string YearDescription = "Only the documents of this year of issue.";

    public static FieldBuilder<object?, object> AddNumberLookup<TNodeType, T>(
        this ObjectGraphType query,
        string name,
        string noun,
        string numberDescription,
        Numbered<T> numbered,
        Func<PlanDataContext, IQueryable<T>> rows)
        where TNodeType : IGraphType
        where T : class =>
        query.AddLookup<TNodeType>(name, numbered.TypeName, "number", numberDescription, (c, number) => FindAsync(c, noun, numbered, rows(c.Db()), number))
            .Argument<StringGraphType>("jurisdiction", JurisdictionDescription)
            .Argument<IntGraphType>("year", YearDescription);

    private static async Task<object?> FindAsync<T>(IResolveFieldContext context, string noun, Numbered<T> numbered, IQueryable<T> rows, string number)
        where T : class
    {
        var jurisdiction = context.GetArgument<string?>("jurisdiction");
        if (jurisdiction is not null && !NaturalKeys.CanExist(jurisdiction))
        {
            return null;
        }

        var matches = numbered.WithNumber(rows, DocumentNumbers.LookupKey(number));
        if (context.GetArgument<int?>("year") is { } year)
        {
            matches = numbered.InYear(matches, year);
        }

        if (jurisdiction is not null)
        {
            var code = JurisdictionCodes.LookupKey(jurisdiction);
            var own = numbered.OfJurisdiction(matches, code);
            var found = await FirstAsync(numbered, own, context.CancellationToken);
            if (found.Count > 0)
            {
                return await ChooseAsync(noun, numbered, own, found, context.CancellationToken);
            }

            matches = numbered.InJurisdictions(matches, JurisdictionArea.Codes(context.Db(), code));
        }

        return await ChooseAsync(noun, numbered, matches, await FirstAsync(numbered, matches, context.CancellationToken), context.CancellationToken);
    }

    /// <summary>The first candidates in order, one more than are listed: whether there are more is known without counting.</summary>
    private static Task<List<T>> FirstAsync<T>(Numbered<T> numbered, IQueryable<T> matches, CancellationToken cancellationToken)
        where T : class =>
        numbered.Ordered(matches).Take(MaxCandidates + 1).ToListAsync(cancellationToken);

    private static async Task<T?> ChooseAsync<T>(string noun, Numbered<T> numbered, IQueryable<T> matches, List<T> found, CancellationToken cancellationToken)
        where T : class
    {
        if (found.Count <= 1)
        {
            return found.SingleOrDefault();
        }

        var count = found.Count > MaxCandidates ? await matches.CountAsync(cancellationToken) : found.Count;
        throw new PlanDataError(AmbiguousCode, $"The number {numbered.NumberOf(found[0])} names {count} {noun}: give `jurisdiction` and/or `year` to choose one, or ask for one of `extensions.candidates` by its `id`.")
            .With("count", count)
            .With("candidates", found.Take(MaxCandidates).Select(numbered.Candidate).ToList());
    }
}
