using System.Globalization;

namespace PlanData.Bench;

/// <summary>Command line of the generator: --scale N --out FILE.sqlite [--seed DIR] [--plan FILE] [--batch PLANS].</summary>
public sealed record ScaleOptions(int Scale, string Out, string Seed, string Plan, int Batch)
{
    public const string Usage = "usage: ScaleGenerator --scale N --out FILE.sqlite [--seed DIR (default: seed)] [--plan FILE (default: SEED/expected/quang-ngai-04-KH-BCD-2022.json)] [--batch PLANS (default: 250)]";

    public static ScaleOptions? Parse(IReadOnlyList<string> args)
    {
        string? Value(string name)
        {
            var i = args.ToList().IndexOf($"--{name}");
            return i >= 0 && i + 1 < args.Count ? args[i + 1] : null;
        }

        var scale = int.TryParse(Value("scale"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var batch = Value("batch") is { } b ? int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0 : 250;
        if (scale < 1 || batch < 1 || Value("out") is not { } output)
        {
            return null;
        }

        var seed = Path.GetFullPath(Value("seed") ?? "seed");
        var plan = Path.GetFullPath(Value("plan") ?? Path.Combine(seed, "expected", "quang-ngai-04-KH-BCD-2022.json"));
        return new ScaleOptions(scale, Path.GetFullPath(output), seed, plan, batch);
    }
}
