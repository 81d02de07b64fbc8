using System.Text.Json;
using PlanData.Bench;

if (ScaleOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(ScaleOptions.Usage);
    return 2;
}

var summary = await ScaleDatabase.BuildAsync(options, Console.Error);
Console.WriteLine(JsonSerializer.Serialize(summary, JsonSerializerOptions.Web));
return 0;
