using System.Diagnostics;
using System.Text;

namespace PlanData.Api.Tests.Infrastructure;

/// <summary>
/// What a process printed, line by line as it comes: both streams in order for failure messages, and
/// each stream on its own for checks that tell them apart (an error line on stderr).
/// </summary>
public sealed class ProcessOutput
{
    private readonly Lock _lock = new();
    private readonly StringBuilder _all = new();
    private readonly StringBuilder _standard = new();
    private readonly StringBuilder _errors = new();

    /// <summary>Every line as it arrives, from either stream.</summary>
    public event Action<string>? Line;

    public string All => Read(_all);

    public string Standard => Read(_standard);

    public string Errors => Read(_errors);

    /// <summary>Subscribes to both streams; call before the process starts, and BeginReadLine after.</summary>
    public void Capture(Process process)
    {
        process.StartInfo.RedirectStandardOutput = true;
        process.StartInfo.RedirectStandardError = true;
        process.StartInfo.StandardOutputEncoding = Encoding.UTF8;
        process.StartInfo.StandardErrorEncoding = Encoding.UTF8;
        process.OutputDataReceived += (_, e) => Append(_standard, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_errors, e.Data);
    }

    /// <summary>
    /// The start and the end, where the latest errors are (a long run may log a stack trace per failed
    /// request, too much for one failure message).
    /// </summary>
    public string Abridged(int head, int tail)
    {
        var printed = All;
        return printed.Length > head + tail
            ? $"{printed[..head]}\n... ({printed.Length - head - tail} characters left out) ...\n{printed[^tail..]}"
            : printed;
    }

    private void Append(StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            stream.AppendLine(line);
            _all.AppendLine(line);
        }

        Line?.Invoke(line);
    }

    private string Read(StringBuilder text)
    {
        lock (_lock)
        {
            return text.ToString();
        }
    }
}
