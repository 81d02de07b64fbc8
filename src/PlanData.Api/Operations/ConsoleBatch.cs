using System.Buffers;
using System.Text;

namespace PlanData.Api.Operations;

/// <summary>
/// Console lines on their way out, encoded as UTF-8 (as the console encodes them) into one pooled buffer,
/// so that a run of lines for the same stream leaves in one write. One thread at a time adds and writes.
/// </summary>
internal sealed class ConsoleBatch
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream _output;
    private readonly Stream _error;
    private readonly Action<int> _written;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _bytes;
    private int _lines;
    private Stream _target;

    /// <param name="written">Told the number of lines each time some leave.</param>
    public ConsoleBatch(Stream output, Stream error, Action<int> written)
    {
        _output = output;
        _error = error;
        _written = written;
        _target = output;
    }

    public void Add(ConsoleLine line)
    {
        var stream = line.ToError ? _error : _output;
        var room = Encoding.UTF8.GetMaxByteCount(line.Text.Length);
        // Lines leave in the order they came, so the lines pending for the other stream go first.
        if (stream != _target || _buffer.Length - _bytes < room)
        {
            Write();
            _target = stream;
            if (_buffer.Length < room)
            {
                Resize(room);
            }
        }

        _bytes += Encoding.UTF8.GetBytes(line.Text, _buffer.AsSpan(_bytes));
        _lines++;
    }

    /// <summary>Writes the pending lines, then tells how many left.</summary>
    public void Write()
    {
        if (_lines == 0)
        {
            return;
        }

        try
        {
            _target.Write(_buffer, 0, _bytes);
            _target.Flush();
        }
        catch (IOException)
        {
            // A console that refuses lines is not going to take them later: they are lost (the framework's
            // console logger loses them too), and the queue must go on making room for the logging threads.
        }

        var lines = _lines;
        _bytes = 0;
        _lines = 0;
        // One exception's stack trace does not keep a large buffer for the life of the process.
        if (_buffer.Length > BufferSize)
        {
            Resize(BufferSize);
        }

        _written(lines);
    }

    private void Resize(int size)
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = ArrayPool<byte>.Shared.Rent(size);
    }
}
