namespace PlanData.Import.Tests.Sources.Ocr;

/// <summary>
/// How close OCR came to a text, line by line: each source line against the closest OCR line
/// near its place (OCR may split or merge a line), as 1 − edit distance / length.
/// </summary>
public static class LineSimilarity
{
    private const int Window = 2;

    public static IReadOnlyList<double> PerLine(IReadOnlyList<string> source, IReadOnlyList<string> ocr) =>
        [.. source.Select((line, i) => ocr.Skip(Math.Max(0, i - Window)).Take(2 * Window + 1).Select(o => Of(line, o)).DefaultIfEmpty(0).Max())];

    public static double Of(string a, string b) =>
        a.Length == 0 && b.Length == 0 ? 1 : 1 - (double)Distance(a, b) / Math.Max(a.Length, b.Length);

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
