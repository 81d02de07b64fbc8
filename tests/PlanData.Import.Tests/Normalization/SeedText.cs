using PlanData.Import.Normalization;
using PlanData.Import.Tests.Oracle;

namespace PlanData.Import.Tests.Normalization;

/// <summary>The seed document as stored, and as the normaliser turns it into logical lines.</summary>
public static class SeedText
{
    public const string FileName = "quang-ngai-04-KH-BCD-2022.txt";

    public static string Text { get; } = File.ReadAllText(Path.Combine(Repository.Seed, "documents", FileName));

    public static IReadOnlyList<SourceLine> Lines() => TextNormalizer.Normalize(Text, out _);

    /// <summary>The logical line that starts on source line <paramref name="number"/>.</summary>
    public static SourceLine Line(int number) => Lines().Single(l => l.First == number);
}
