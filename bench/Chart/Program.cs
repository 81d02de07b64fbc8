using PlanData.Bench.Chart;

if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: Chart RESULTS.tsv OUT.png [TITLE]");
    return 2;
}

var measurements = Measurement.Read(args[0]);
if (measurements.Count == 0)
{
    Console.Error.WriteLine($"{args[0]}: no measurements");
    return 1;
}

ThroughputChart.Save(measurements, args.Length == 3 ? args[2] : "req/s under wrk -t2 -c32 -d10s", args[1]);
return 0;
