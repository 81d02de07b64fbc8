using System.Linq.Expressions;
using PlanData.Querying;
using PlanData.Querying.Data;

namespace PlanData.Api.Documents;

/// <summary>
/// What a lookup by number reads of a numbered row (a plan, a document), as expressions EF translates,
/// so that narrowing the rows that share a number and ordering them run in SQL.
/// </summary>
public sealed class Numbered<T>(
    string typeName,
    Expression<Func<T, string>> key,
    Expression<Func<T, string>> numberKey,
    Expression<Func<T, string>> number,
    Expression<Func<T, string>> jurisdictionCode,
    Expression<Func<T, int?>> year,
    Expression<Func<T, DateOnly?>> issuedOn,
    Expression<Func<T, string?>> title)
    where T : class
{
    private readonly Func<T, string> _key = key.Compile();
    private readonly Func<T, string> _number = number.Compile();
    private readonly Func<T, string> _jurisdiction = jurisdictionCode.Compile();
    private readonly Func<T, int?> _year = year.Compile();
    private readonly Func<T, DateOnly?> _issuedOn = issuedOn.Compile();
    private readonly Func<T, string?> _title = title.Compile();

    /// <summary>The GraphQL type whose global ID a candidate carries.</summary>
    public string TypeName => typeName;

    public IQueryable<T> WithNumber(IQueryable<T> rows, string lookupKey) => rows.Where(Equal(numberKey, lookupKey));

    public IQueryable<T> InYear(IQueryable<T> rows, int value) => rows.Where(Equal(year, (int?)value));

    public IQueryable<T> OfJurisdiction(IQueryable<T> rows, string code) => rows.Where(Equal(jurisdictionCode, code));

    /// <summary>Rows whose jurisdiction is one of <paramref name="codes"/>, a subquery (SQL IN (SELECT ...)).</summary>
    public IQueryable<T> InJurisdictions(IQueryable<T> rows, IQueryable<string> codes)
    {
        Expression<Func<string, bool>> contains = code => codes.Contains(code);
        return rows.Where(Expression.Lambda<Func<T, bool>>(ExpressionParts.Apply(contains, jurisdictionCode.Body), jurisdictionCode.Parameters));
    }

    /// <summary>By jurisdiction, then year and date of issue (unknown ones last, on every database), then the natural key.</summary>
    public IQueryable<T> Ordered(IQueryable<T> rows) =>
        rows.OrderBy(jurisdictionCode)
            .ThenBy(IsNull(year)).ThenBy(year)
            .ThenBy(IsNull(issuedOn)).ThenBy(issuedOn)
            .ThenBy(key);

    /// <summary>How the error of an ambiguous number shows a row (keys as the fields they stand for).</summary>
    public Dictionary<string, object?> Candidate(T row) => new()
    {
        ["id"] = NodeId.Encode(typeName, _key(row)),
        ["number"] = _number(row),
        ["jurisdiction"] = _jurisdiction(row),
        ["year"] = _year(row),
        ["issuedOn"] = _issuedOn(row)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["title"] = _title(row),
    };

    public string NumberOf(T row) => _number(row);

    private static Expression<Func<T, bool>> Equal<TValue>(Expression<Func<T, TValue>> value, TValue operand) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(value.Body, ExpressionParts.Parameter(operand, typeof(TValue))), value.Parameters);

    private static Expression<Func<T, bool>> IsNull<TValue>(Expression<Func<T, TValue>> value) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(value.Body, Expression.Constant(null, typeof(TValue))), value.Parameters);
}
