using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using PlanData.Api.Operations;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// The console log as the API writes it (<see cref="BatchedConsoleLoggerProvider"/>): the framework's
/// console lines, written in batches by one thread, every line whole, in order and on time.
/// </summary>
public sealed class BatchedConsoleTests
{
    private const string Category = "PlanData.Tests.Console";

    [Theory]
    [InlineData(2500)] // The framework's default: threads hardly ever wait.
    [InlineData(4)] // Threads keep waiting for room.
    public void Lines_logged_by_many_threads_arrive_each_once_whole_and_in_their_threads_order(int maxQueueLength)
    {
        const int threads = 8;
        const int linesEach = 2_000;
        using var console = new TestConsole(Json(options => options.MaxQueueLength = maxQueueLength));
        var logger = console.Logger();
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
        {
            start.SignalAndWait();
            for (var line = 0; line < linesEach; line++)
            {
                logger.LogInformation("Thread {Thread} line {Line}", thread, line);
            }
        })).ToList();

        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
        console.Provider.Dispose();

        var lines = console.Output.Lines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var state = json.RootElement.GetProperty("State");
            return (Thread: state.GetProperty("Thread").GetInt32(), Line: state.GetProperty("Line").GetInt32());
        }).ToList();
        Assert.Equal(threads * linesEach, lines.Count);
        for (var thread = 0; thread < threads; thread++)
        {
            Assert.Equal(Enumerable.Range(0, linesEach), lines.Where(l => l.Thread == thread).Select(l => l.Line));
        }
    }

    [Fact]
    public async Task Each_line_is_written_without_waiting_for_more_lines()
    {
        using var console = new TestConsole(Simple());
        var logger = console.Logger();

        // The writer sleeps once it has written everything: each line has to wake it.
        foreach (var word in new[] { "one", "two", "three" })
        {
            logger.LogInformation("Line {Word}", word);
            var lines = await Traced.EventuallyAsync(() => console.Output.Lines, written => written.Any(l => l.EndsWith($"Line {word}", StringComparison.Ordinal)));
            Assert.Contains($"info: {Category}[0] Line {word}", lines);
        }
    }

    [Fact]
    public void Disposing_writes_every_line_still_queued()
    {
        const int count = 20_000;
        using var console = new TestConsole(Simple());
        var logger = console.Logger();

        for (var line = 0; line < count; line++)
        {
            logger.LogInformation("Line {Line}", line);
        }

        console.Provider.Dispose();

        Assert.Equal(Enumerable.Range(0, count).Select(line => $"info: {Category}[0] Line {line}"), console.Output.Lines);
    }

    [Fact]
    public void A_line_logged_after_disposing_is_written_at_once()
    {
        using var console = new TestConsole(Simple());
        var logger = console.Logger();
        console.Provider.Dispose();

        logger.LogInformation("Late");

        Assert.Equal([$"info: {Category}[0] Late"], console.Output.Lines);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("simple")]
    public async Task A_line_is_byte_for_byte_what_the_framework_console_logger_writes(string format)
    {
        // Timestamps off: the two loggers write the same entries at different times.
        using var console = new TestConsole(logging => _ = format == "json"
            ? logging.AddJsonConsole(json => json.IncludeScopes = true)
            : logging.AddSimpleConsole(simple =>
            {
                simple.IncludeScopes = true;
                simple.ColorBehavior = LoggerColorBehavior.Disabled;
            }));
        using var frameworkOutput = new RecordedConsoleStream();
        using var framework = FrameworkConsole(console, frameworkOutput);
        framework.SetScopeProvider(console.Scopes);
        var loggers = new[] { console.Logger(), framework.CreateLogger(Category) };
        Exception failure;
        try
        {
            throw new InvalidOperationException("Kế hoạch không hợp lệ");
        }
        catch (InvalidOperationException e)
        {
            failure = e;
        }

        using (console.Scopes.Push(new Dictionary<string, object> { ["TraceId"] = "4bf92f3577b34da6a3ce929d0e0e4736", ["RequestPath"] = "/graphql" }))
        using (console.Scopes.Push("Quảng Ngãi"))
        {
            foreach (var logger in loggers)
            {
                logger.LogInformation(new EventId(7, "PlanRead"), "Kế hoạch {Plan} của {Agency} — “đã duyệt”", "KH-2025/07", "Sở TT&TT");
                logger.LogWarning("Two\nlines");
                logger.LogError(new EventId(9, "PlanFailed"), failure, "Failed after {Ms} ms", 12.5);
                logger.LogInformation("The end");
            }
        }

        console.Provider.Dispose();
        await Traced.EventuallyAsync(() => frameworkOutput.Lines, lines => lines.Any(l => l.Contains("The end", StringComparison.Ordinal)));

        Assert.Contains("The end", Encoding.UTF8.GetString(console.Output.Bytes));
        Assert.Equal(frameworkOutput.Bytes, console.Output.Bytes);
    }

    [Fact]
    public void Entries_at_or_above_the_error_threshold_go_to_the_error_stream()
    {
        using var console = new TestConsole(Simple(options => options.LogToStandardErrorThreshold = LogLevel.Warning));
        var logger = console.Logger();

        logger.LogInformation("Information");
        logger.LogWarning("Warning");
        logger.LogInformation("More information");
        logger.LogError("Error");
        console.Provider.Dispose();

        Assert.Equal([$"info: {Category}[0] Information", $"info: {Category}[0] More information"], console.Output.Lines);
        Assert.Equal([$"warn: {Category}[0] Warning", $"fail: {Category}[0] Error"], console.Error.Lines);
    }

    [Fact]
    public async Task With_DropWrite_a_full_queue_drops_lines_instead_of_waiting_and_tells_how_many()
    {
        using var console = new TestConsole(Simple(options =>
        {
            options.MaxQueueLength = 1;
            options.QueueFullMode = ConsoleLoggerQueueFullMode.DropWrite;
        }));
        var logger = console.Logger();
        console.Output.Hold();

        // The first line holds the queue's one place until the console takes it, which it does not yet.
        logger.LogInformation("First");
        var dropping = Task.Run(() =>
        {
            logger.LogInformation("Second");
            logger.LogInformation("Third");
        });
        await dropping.WaitAsync(TimeSpan.FromSeconds(10));
        console.Output.Release();
        console.Provider.Dispose();
        logger.LogInformation("Fourth");

        Assert.Equal([$"info: {Category}[0] First", $"info: {Category}[0] Fourth"], console.Output.Lines);
        Assert.StartsWith("2 message(s) dropped because of queue size limit.", Assert.Single(console.Error.Lines));
    }

    [Fact]
    public void Logging_Console_settings_apply_to_it_under_the_Console_alias()
    {
        using var console = new TestConsole(Simple());
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LogLevel:Default"] = "Information",
            ["Console:LogLevel:Default"] = "Warning",
        }).Build();
        using var factory = LoggerFactory.Create(logging => logging.AddConfiguration(settings).AddProvider(console.Provider));
        var logger = factory.CreateLogger(Category);

        logger.LogInformation("Filtered out");
        logger.LogWarning("Kept");
        console.Provider.Dispose();

        Assert.Equal([$"warn: {Category}[0] Kept"], console.Output.Lines);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("simple")]
    public void The_api_logs_to_the_console_through_the_batched_provider_only(string format)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Logging:Format"] = format;

        builder.AddPlanConsoleLogging();

        var providers = builder.Services.Where(s => s.ServiceType == typeof(ILoggerProvider)).Select(s => s.ImplementationType).ToList();
        Assert.Contains(typeof(BatchedConsoleLoggerProvider), providers);
        Assert.DoesNotContain(typeof(ConsoleLoggerProvider), providers);
    }

    private static Action<ILoggingBuilder> Json(Action<ConsoleLoggerOptions> options) => logging =>
    {
        logging.AddJsonConsole();
        logging.Services.Configure(options);
    };

    private static Action<ILoggingBuilder> Simple(Action<ConsoleLoggerOptions>? options = null) => logging =>
    {
        logging.AddSimpleConsole(simple =>
        {
            simple.SingleLine = true;
            simple.ColorBehavior = LoggerColorBehavior.Disabled;
        });
        logging.Services.Configure(options ?? (_ => { }));
    };

    /// <summary>
    /// The framework's console logger with the same options and formatters, writing as a Linux console does
    /// (UTF-8) into <paramref name="output"/>. It takes Console.Out when it is made, so stdout is redirected
    /// only for that moment.
    /// </summary>
    private static ConsoleLoggerProvider FrameworkConsole(TestConsole console, Stream output)
    {
        var stdout = Console.Out;
        Console.SetOut(new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1024, leaveOpen: true) { AutoFlush = true });
        try
        {
            return new ConsoleLoggerProvider(console.Options, console.Formatters);
        }
        finally
        {
            Console.SetOut(stdout);
        }
    }
}
