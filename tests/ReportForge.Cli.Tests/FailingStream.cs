namespace ReportForge.Tests;

/// <summary>
/// A stream that takes the first <paramref name="failAfter"/> bytes, then throws <paramref name="fault"/>: through
/// <see cref="AtomicFile.StreamWrapper"/> it makes a write fail half-way (a full disk, an I/O error), since root ignores
/// read-only permissions.
/// </summary>
internal sealed class FailingStream(Stream inner, long failAfter, Func<Exception> fault) : Stream
{
    private long _written;

    /// <summary>ENOSPC, as .NET reports it.</summary>
    public static IOException DiskFull() => new("No space left on device", 28);

    /// <summary>Makes writes of files whose name ends with <paramref name="suffix"/> fail after 1,000 bytes, in this test only.</summary>
    public static void FailWritesOf(string suffix, Func<Exception> fault) =>
        AtomicFile.StreamWrapper.Value = (path, stream) =>
            path.EndsWith(suffix, StringComparison.Ordinal) ? new FailingStream(stream, 1000, fault) : stream;

    public override void Write(byte[] buffer, int offset, int count)
    {
        var allowed = (int)Math.Max(0, Math.Min(count, failAfter - _written));
        inner.Write(buffer, offset, allowed);
        _written += allowed;
        if (allowed < count) throw fault();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var array = buffer.ToArray();
        Write(array, 0, array.Length);
    }

    public override void Flush() => inner.Flush();
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _written;
    public override long Position { get => _written; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
