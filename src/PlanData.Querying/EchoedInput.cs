using System.Text;

namespace PlanData.Querying;

/// <summary>
/// Error messages quote what the client sent: a field or operation name, a literal. Quoted in full, a
/// megabyte of input comes back as several megabytes of escaped JSON, and the buffers that wrote it
/// stay pooled: long quotes are cut, with the cut said.
/// </summary>
public static class EchoedInput
{
    /// <summary>The longest run without white space kept whole: longer than any name in the schema.</summary>
    public const int MaxRun = 100;

    /// <summary>The longest message kept whole (a literal with spaces in it is not one run).</summary>
    public const int MaxMessage = 2_000;

    public static string Shorten(string message)
    {
        if (message.Length <= MaxRun)
        {
            return message;
        }

        var shortened = new StringBuilder(Math.Min(message.Length, MaxMessage + 100));
        var run = 0;
        var cut = 0;
        foreach (var ch in message)
        {
            run = char.IsWhiteSpace(ch) ? 0 : run + 1;
            if (run > MaxRun)
            {
                cut++;
                continue;
            }

            if (cut > 0)
            {
                shortened.Append($"… ({cut:N0} more characters)");
                cut = 0;
            }

            shortened.Append(ch);
        }

        if (cut > 0)
        {
            shortened.Append($"… ({cut:N0} more characters)");
        }

        return shortened.Length <= MaxMessage ? shortened.ToString() : $"{shortened.ToString(0, MaxMessage)}… (message shortened from {message.Length:N0} characters)";
    }
}
