using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Console;

namespace PlanData.Api.Operations;

/// <summary>
/// The console end of the log: any thread queues its formatted line and goes on, and one background
/// thread writes whatever has been queued meanwhile in one go (<see cref="ConsoleBatch"/>). The
/// framework's console logger takes a lock and makes a system call per line, which under load cost the
/// API two fifths of its throughput; here a line is queued without a lock, and the writer is woken only
/// when it sleeps. As in the framework, the queue is bounded (<see cref="ConsoleLoggerOptions.MaxQueueLength"/>
/// lines not yet written) and a line finding it full waits or is dropped (<see cref="ConsoleLoggerOptions.QueueFullMode"/>),
/// the number dropped told on the error stream with the next line queued. Unlike the framework, disposing
/// writes every line still queued, and a line logged after that is written at once.
/// </summary>
internal sealed class ConsoleLineWriter : IDisposable
{
    private const string DroppedWarning = "{0} message(s) dropped because of queue size limit. Increase the queue size or decrease logging verbosity to avoid this. You may change `ConsoleLoggerQueueFullMode` to stop dropping messages.";

    private readonly ConcurrentQueue<ConsoleLine> _queue = new();
    private readonly ConsoleBatch _batch;
    private readonly Lock _writing = new();
    // Never disposed: a thread logging while the host stops may still set it (it holds no handle unless one is asked for).
    private readonly ManualResetEventSlim _linesQueued = new();
    private readonly object _room = new();
    private readonly Thread _writer;
    private volatile int _maxQueueLength;
    private volatile ConsoleLoggerQueueFullMode _fullMode;
    private volatile bool _stopped;
    private int _count;
    private int _dropped;
    private int _writerAsleep;
    private int _waitingForRoom;

    public ConsoleLineWriter(Stream output, Stream error, int maxQueueLength, ConsoleLoggerQueueFullMode fullMode)
    {
        _batch = new ConsoleBatch(output, error, Written);
        _maxQueueLength = maxQueueLength;
        _fullMode = fullMode;
        _writer = new Thread(WriteWhatIsQueued) { IsBackground = true, Name = "Console log writer" };
        _writer.Start();
    }

    public void Limit(int maxQueueLength, ConsoleLoggerQueueFullMode fullMode)
    {
        _maxQueueLength = maxQueueLength;
        _fullMode = fullMode;
        // A longer queue has room for the waiting threads, and DropWrite means they stop waiting.
        WakeThreadsWaitingForRoom();
    }

    public void Write(string text, bool toError)
    {
        if (!TakeRoom())
        {
            Interlocked.Increment(ref _dropped);
            return;
        }

        if (Volatile.Read(ref _dropped) > 0)
        {
            QueueDroppedWarning();
        }

        _queue.Enqueue(new ConsoleLine(text, toError));
        // Pairs with the fence of the writer going to sleep (and of Dispose): either it sees this line
        // before it sleeps (or stops), or this thread sees it asleep (or stopped).
        Interlocked.MemoryBarrier();
        if (_stopped)
        {
            WriteQueued();
        }
        else if (Volatile.Read(ref _writerAsleep) == 1 && Interlocked.Exchange(ref _writerAsleep, 0) == 1)
        {
            _linesQueued.Set();
        }
    }

    /// <summary>Writes every line queued before returning: the host's last lines ("Application is shutting down...") are read by people and tools.</summary>
    public void Dispose()
    {
        _stopped = true;
        Interlocked.MemoryBarrier();
        _linesQueued.Set();
        WakeThreadsWaitingForRoom();
        _writer.Join();
        // Lines queued by threads that had not yet seen the writer stop.
        WriteQueued();
    }

    private void WriteWhatIsQueued()
    {
        while (WaitForLines())
        {
            WriteQueued();
        }
    }

    private bool WaitForLines()
    {
        while (_queue.IsEmpty)
        {
            if (_stopped)
            {
                return false;
            }

            _linesQueued.Reset();
            Interlocked.Exchange(ref _writerAsleep, 1);
            if (_queue.IsEmpty && !_stopped)
            {
                _linesQueued.Wait();
            }

            Volatile.Write(ref _writerAsleep, 0);
        }

        return true;
    }

    private void WriteQueued()
    {
        lock (_writing)
        {
            while (_queue.TryDequeue(out var line))
            {
                _batch.Add(line);
            }

            _batch.Write();
        }
    }

    /// <summary>Counts the line in, unless the queue is full: then waits for room, or refuses (DropWrite).</summary>
    private bool TakeRoom()
    {
        var count = Volatile.Read(ref _count);
        while (true)
        {
            if (IsFull(count))
            {
                if (_fullMode == ConsoleLoggerQueueFullMode.DropWrite)
                {
                    return false;
                }

                WaitForRoom();
                count = Volatile.Read(ref _count);
                continue;
            }

            var seen = Interlocked.CompareExchange(ref _count, count + 1, count);
            if (seen == count)
            {
                return true;
            }

            count = seen;
        }
    }

    private void WaitForRoom()
    {
        lock (_room)
        {
            // Pairs with the fence of Written: either it sees this thread waiting, or this thread sees the room it made.
            Interlocked.Increment(ref _waitingForRoom);
            while (IsFull(Volatile.Read(ref _count)) && _fullMode == ConsoleLoggerQueueFullMode.Wait)
            {
                Monitor.Wait(_room);
            }

            Interlocked.Decrement(ref _waitingForRoom);
        }
    }

    private bool IsFull(int count) => count >= _maxQueueLength && !_stopped;

    private void Written(int lines)
    {
        Interlocked.Add(ref _count, -lines);
        if (Volatile.Read(ref _waitingForRoom) > 0)
        {
            WakeThreadsWaitingForRoom();
        }
    }

    private void WakeThreadsWaitingForRoom()
    {
        lock (_room)
        {
            Monitor.PulseAll(_room);
        }
    }

    /// <summary>Like the framework, the count of lines dropped goes before the next line queued (which may exceed the limit by this one).</summary>
    private void QueueDroppedWarning()
    {
        var dropped = Interlocked.Exchange(ref _dropped, 0);
        if (dropped > 0)
        {
            Interlocked.Increment(ref _count);
            _queue.Enqueue(new ConsoleLine(string.Format(DroppedWarning, dropped) + Environment.NewLine, ToError: true));
        }
    }
}
