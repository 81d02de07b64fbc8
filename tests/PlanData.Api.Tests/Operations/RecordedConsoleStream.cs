using System.Text;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// A stand-in for the process's stdout or stderr: keeps what is written to it, readable while it is being
/// written, and can be held, as a console nobody reads holds its writer in the write.
/// </summary>
public sealed class RecordedConsoleStream : Stream
{
    private readonly Lock _lock = new();
    private readonly MemoryStream _written = new();
    private readonly ManualResetEventSlim _open = new(initialState: true);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public byte[] Bytes
    {
        get
        {
            lock (_lock)
            {
                return _written.ToArray();
            }
        }
    }

    /// <summary>The lines written so far, without their line ends.</summary>
    public IReadOnlyList<string> Lines => Encoding.UTF8.GetString(Bytes).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Writes wait from now until <see cref="Release"/>.</summary>
    public void Hold() => _open.Reset();

    public void Release() => _open.Set();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _open.Wait();
        lock (_lock)
        {
            _written.Write(buffer);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _open.Dispose();
            _written.Dispose();
        }

        base.Dispose(disposing);
    }
}
