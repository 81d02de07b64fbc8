using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace PlanData.Bench.Chart;

/// <summary>Grouped bars of req/s: one group per workload and scale, one bar per contender, on a log scale.</summary>
public static class ThroughputChart
{
    private const double BarWidth = 0.8;

    public static void Save(IReadOnlyList<Measurement> measurements, string title, string path)
    {
        var groups = measurements.Select(m => m.Group).Distinct().ToList();
        var contenders = measurements.Select(m => m.Contender).Distinct().ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var plot = new Plot();

        // A log axis is drawn as log10 of the values; 1 req/s is the base, so a run with no answers has no bar.
        var slot = BarWidth / contenders.Count;
        var bars = new List<Bar>();
        for (var g = 0; g < groups.Count; g++)
        {
            for (var c = 0; c < contenders.Count; c++)
            {
                if (measurements.FirstOrDefault(m => m.Group == groups[g] && m.Contender == contenders[c]) is not { } measurement)
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = g - BarWidth / 2 + slot * (c + 0.5),
                    Value = Math.Log10(Math.Max(measurement.RequestsPerSecond, 1)),
                    ValueBase = 0,
                    Size = slot * 0.9,
                    FillColor = palette.GetColor(c),
                    Label = Format(measurement.RequestsPerSecond),
                });
            }
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 11;

        foreach (var (contender, c) in contenders.Select((name, i) => (name, i)))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = contender, FillColor = palette.GetColor(c) });
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            Enumerable.Range(0, groups.Count).Select(g => (double)g).ToArray(),
            groups.ToArray());
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => Format(Math.Pow(10, y)),
        };
        var top = Math.Ceiling(Math.Log10(Math.Max(measurements.Max(m => m.RequestsPerSecond), 10))) + 0.6;
        plot.Axes.SetLimits(-0.5, groups.Count - 0.5, 0, top);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Title(title);
        plot.YLabel("requests per second (log scale)");
        plot.SavePng(path, 1200, 650);
    }

    private static string Format(double value) =>
        value.ToString(value < 100 ? "#,0.#" : "#,0", CultureInfo.InvariantCulture);
}
