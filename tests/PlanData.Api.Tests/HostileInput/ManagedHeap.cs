using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>
/// What another .NET process's managed heap holds once everything unreachable is gone: it asks the
/// runtime (over its diagnostics port, as dotnet-gcdump does) for a full blocking collection and reads
/// the heap's size from the statistics the collection reports. Unlike VmRSS this does not keep the
/// high-water mark of the GC's regions and pools, so "back to baseline" can be checked exactly.
/// </summary>
public static class ManagedHeap
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);

    /// <returns>The heap's size in bytes after a full collection induced now.</returns>
    public static async Task<long> BytesAfterFullCollectionAsync(int processId)
    {
        // The GCHeapCollect keyword makes the runtime run a full, blocking collection as the session starts.
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        var session = new DiagnosticsClient(processId).StartEventPipeSession(new EventPipeProvider(RuntimeProvider, EventLevel.Informational, keywords), requestRundown: false);
        var heap = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new EventPipeEventSource(session.EventStream);
        var induced = false;
        source.Clr.GCStart += start => induced |= start.Depth == 2 && start.Reason == GCReason.Induced;
        source.Clr.GCHeapStats += stats =>
        {
            if (induced)
            {
                heap.TrySetResult(stats.TotalHeapSize);
            }
        };

        // Process() returns when the session stops and its stream ends.
        var reading = Task.Run(source.Process);
        try
        {
            var finished = await Task.WhenAny(heap.Task, reading, Task.Delay(_timeout));
            return finished == heap.Task
                ? await heap.Task
                : throw new TimeoutException($"process {processId} reported no induced full collection within {_timeout.TotalSeconds} s");
        }
        finally
        {
            await session.StopAsync(CancellationToken.None);
            await reading.WaitAsync(_timeout);
            source.Dispose();
            session.Dispose();
        }
    }
}
