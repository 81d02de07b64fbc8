using System.Globalization;

namespace PlanData.Bench.Chart;

/// <summary>One line of compare.sh's TSV: contender, workload, scale, requests per second.</summary>
public sealed record Measurement(string Contender, string Workload, string Scale, double RequestsPerSecond)
{
    public string Group => $"{Workload} · scale {Scale}";

    public static IReadOnlyList<Measurement> Read(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new Measurement(
                cells[0],
                cells[1],
                cells[2],
                double.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var rps) ? rps : 0))
            .ToList();
}
