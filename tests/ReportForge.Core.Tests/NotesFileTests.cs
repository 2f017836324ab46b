using System.Text;
using ReportForge.Diagnostics;
using ReportForge.Notes;

namespace ReportForge.Tests;

/// <summary>Notes named on the command line may be anywhere, but only a regular file within the notes limit is read.</summary>
public sealed class NotesFileTests : IDisposable
{
    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Diagnostic Error(Result<NotesDocument> result)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Dev_zero_as_notes_is_RF1005_at_once()
    {
        var error = Error(NotesDocument.Load("/dev/zero"));
        Assert.Equal("/dev/zero: error RF1005: the notes file is a character device; only regular files are read", error.ToString());
    }

    [Fact]
    public void A_fifo_or_a_folder_as_notes_is_RF1005_without_waiting()
    {
        var fifo = _files.Fifo("notes.json");
        var error = Error(_files.WithoutHanging(() => NotesDocument.Load(fifo)));
        Assert.Equal($"{fifo}: error RF1005: the notes file is a FIFO (named pipe); only regular files are read", error.ToString());

        var folder = Error(NotesDocument.Load(_files.Dir));
        Assert.Equal($"{_files.Dir}: error RF1005: the notes file is a folder; only regular files are read", folder.ToString());
    }

    [Fact]
    public void Notes_larger_than_the_limit_are_RF1005_before_they_are_read()
    {
        var huge = _files.Sparse("huge.json", 100L << 20);
        var error = Error(NotesDocument.Load(huge));
        Assert.Equal($"{huge}: error RF1005: the notes file is 100.0 MiB, more than the 64 MiB limit for notes", error.ToString());
    }

    [Fact]
    public void Notes_through_a_link_from_anywhere_are_read()
    {
        var real = _files.File("elsewhere/real.json", """{ "title": "T" }""");
        var link = _files.Link("notes.json", real);
        var notes = NotesDocument.Load(link);
        Assert.True(notes.Succeeded, string.Join("\n", notes.Diagnostics));
        Assert.Equal(link, notes.Value.File);
        Assert.Equal("T", notes.Value.Root.GetProperty("title").GetString());
    }

    [Fact]
    public void A_missing_file_is_still_RF1001()
    {
        var missing = _files.PathOf("none.json");
        Assert.Equal($"{missing}: error RF1001: cannot read the notes: the notes file does not exist", Error(NotesDocument.Load(missing)).ToString());
    }

    [Fact]
    public void Notes_from_a_stream_are_read_up_to_the_limit()
    {
        var notes = NotesDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes("""{ "title": "piped" }""")), "-");
        Assert.True(notes.Succeeded);
        Assert.Equal("-", notes.Value.File);

        var endless = new BufferedStream(new ZeroStream());
        Assert.Equal("-: error RF1005: the input is larger than the 64 MiB limit for notes", Error(NotesDocument.Load(endless, "-")).ToString());
    }

    private sealed class ZeroStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => count;
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
