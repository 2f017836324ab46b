using System.Text;
using ReportForge.IO;

namespace ReportForge.Tests;

/// <summary>
/// The one resolver every input goes through, on real links, FIFOs, devices and sparse files: what it reads, what it
/// refuses before opening, and the reason it gives.
/// </summary>
public sealed class InputFilesTests : IDisposable
{
    private static readonly ReadLimit Small = new("test files", 1024);

    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    private FileRoots Root() => new("the test folder", Directory.CreateDirectory(Path.Combine(_files.Dir, "root")).FullName);

    [Fact]
    public void A_regular_file_is_read_whole()
    {
        var path = _files.File("root/a.txt", "héllo");
        var read = InputFiles.ReadInside(path, Root(), Small);
        Assert.True(read.Succeeded);
        Assert.Equal("héllo", read.Text);
        Assert.Equal(Encoding.UTF8.GetBytes("héllo"), read.Bytes);
    }

    [Fact]
    public void Links_that_stay_inside_the_root_are_followed()
    {
        _files.File("root/real/p.sbn", "partial");
        var link = _files.Link("root/partials/p.sbn", "../real/p.sbn");
        _files.Link("root/alias", "real");
        Assert.Equal("partial", InputFiles.ReadInside(link, Root(), Small).Text);
        Assert.Equal("partial", InputFiles.ReadInside(_files.PathOf("root/alias/p.sbn"), Root(), Small).Text);
    }

    [Fact]
    public void A_link_out_of_the_root_is_refused_naming_where_it_leads()
    {
        var outside = _files.File("outside.png", "secret");
        var link = _files.Link("root/assets/logo.png", outside);
        var read = InputFiles.ReadInside(link, Root(), Small);
        Assert.Equal(FileProblem.OutsideRoot, read.Problem);
        Assert.Null(read.Bytes);
        Assert.Equal($"leads through a symbolic link to {outside}, outside the test folder", read.Detail);
    }

    [Fact]
    public void A_folder_on_the_way_that_links_out_is_refused_too()
    {
        _files.File("elsewhere/passwd", "root:x:0:0");
        _files.Link("root/partials", _files.PathOf("elsewhere"));
        var read = InputFiles.ReadInside(_files.PathOf("root/partials/passwd"), Root(), Small);
        Assert.Equal(FileProblem.OutsideRoot, read.Problem);
        Assert.Contains(_files.PathOf("elsewhere/passwd"), read.Detail);
    }

    [Fact]
    public void Dot_dot_after_a_link_goes_up_from_where_the_link_led()
    {
        // root/inner -> ../outside/sub, so root/inner/../x is outside/x, not root/x (the text alone would say root/x).
        _files.File("outside/sub/.keep", "");
        _files.File("outside/x", "outside");
        _files.File("root/x", "inside");
        _files.Link("root/inner", "../outside/sub");
        var read = InputFiles.ReadInside(_files.PathOf("root/inner/../x"), Root(), Small);
        Assert.Equal(FileProblem.OutsideRoot, read.Problem);
    }

    [Fact]
    public void Proc_self_environ_through_a_link_is_never_read()
    {
        var link = _files.Link("root/partials/env.sbn", "/proc/self/environ");
        var read = InputFiles.ReadInside(link, Root(), ReadLimit.TemplateText);
        Assert.Equal(FileProblem.OutsideRoot, read.Problem);
        Assert.Null(read.Bytes);
    }

    [Fact]
    public void Dev_zero_is_refused_before_it_is_read()
    {
        var direct = InputFiles.Read("/dev/zero", ReadLimit.Notes);
        Assert.Equal(FileProblem.NotAFile, direct.Problem);
        Assert.Equal("is a character device; only regular files are read", direct.Detail);

        var link = _files.Link("zero.json", "/dev/zero");
        var linked = InputFiles.Read(link, ReadLimit.Notes);
        Assert.Equal(FileProblem.NotAFile, linked.Problem);
        Assert.Equal("is a symbolic link to /dev/zero, a character device; only regular files are read", linked.Detail);
    }

    [Fact]
    public void A_fifo_is_refused_at_once_without_waiting_for_a_writer()
    {
        var fifo = _files.Fifo("root/template.sbn");
        var read = _files.WithoutHanging(() => InputFiles.ReadInside(fifo, Root(), Small));
        Assert.Equal(FileProblem.NotAFile, read.Problem);
        Assert.Equal("is a FIFO (named pipe); only regular files are read", read.Detail);

        var linked = _files.WithoutHanging(() => InputFiles.Read(_files.Link("notes.json", fifo), ReadLimit.Notes));
        Assert.Equal(FileProblem.NotAFile, linked.Problem);
        Assert.Equal($"is a symbolic link to {fifo}, a FIFO (named pipe); only regular files are read", linked.Detail);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_fifo_opened_is_seen_for_what_it_is_on_the_handle_without_blocking()
    {
        // The second check, on what was opened, is what catches a file swapped for a FIFO after the first check.
        if (!OperatingSystem.IsLinux()) return; // the libc checks are Linux's; elsewhere the portable ones run
        Assert.True(LinuxFiles.Available, "statx is used on Linux");
        var fifo = _files.Fifo("swapped");
        var (handle, type, _, error) = _files.WithoutHanging(() => LinuxFiles.Open(fifo));
        using (handle)
        {
            Assert.Equal(0, error);
            Assert.Equal(FileType.Fifo, type);
        }
        var (linkHandle, _, _, linkError) = LinuxFiles.Open(_files.Link("swapped-link", fifo));
        Assert.Null(linkHandle);
        Assert.Equal(FileProblem.NotAFile, LinuxFiles.Explain(linkError).Problem);
    }

    [Fact]
    public void A_folder_where_a_file_is_meant_is_refused()
    {
        _files.File("root/theme.json/.keep", "");
        var read = InputFiles.ReadInside(_files.PathOf("root/theme.json"), Root(), Small);
        Assert.Equal(FileProblem.NotAFile, read.Problem);
        Assert.Equal("is a folder; only regular files are read", read.Detail);
    }

    [Fact]
    public void A_huge_file_is_refused_by_its_size_before_any_byte_is_read()
    {
        var huge = _files.Sparse("root/strings/en.json", 5L << 30);
        var read = InputFiles.ReadInside(huge, Root(), ReadLimit.TemplateText);
        Assert.Equal(FileProblem.TooLarge, read.Problem);
        Assert.Equal("is 5.0 GiB, more than the 4 MiB limit for template files", read.Detail);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read_and_one_byte_more_is_not()
    {
        var exact = _files.File("root/exact.txt", new string('x', 1024));
        Assert.Equal(1024, InputFiles.ReadInside(exact, Root(), Small).Bytes!.Length);
        var over = _files.File("root/over.txt", new string('x', 1025));
        var read = InputFiles.ReadInside(over, Root(), Small);
        Assert.Equal(FileProblem.TooLarge, read.Problem);
        Assert.Equal("is 1,025 bytes, more than the 1,024 bytes limit for test files", read.Detail);
    }

    [Fact]
    public void A_file_that_claims_no_size_is_still_cut_at_the_limit()
    {
        // Files of /proc report a size of 0 and then give their content: the read itself stops past the limit.
        var read = InputFiles.Read("/proc/self/maps", new ReadLimit("maps", 16));
        Assert.Equal(FileProblem.TooLarge, read.Problem);
        Assert.Equal("is larger than the 16 bytes limit for maps", read.Detail);
    }

    [Fact]
    public void A_stream_that_never_ends_is_cut_one_byte_past_the_limit()
    {
        var endless = new EndlessStream();
        var read = InputFiles.Read(endless, new ReadLimit("notes", 1 << 20));
        Assert.Equal(FileProblem.TooLarge, read.Problem);
        Assert.Equal("is larger than the 1 MiB limit for notes", read.Detail);
        Assert.True(endless.Given <= (1 << 20) + (64 << 10), $"read {endless.Given} bytes");

        var small = InputFiles.Read(new MemoryStream(Encoding.UTF8.GetBytes("{}")), ReadLimit.Notes);
        Assert.Equal("{}", small.Text);
    }

    [Fact]
    public void A_loop_of_links_and_a_missing_file_say_so()
    {
        var a = _files.Link("root/a", "b");
        _files.Link("root/b", "a");
        var loop = InputFiles.ReadInside(a, Root(), Small);
        Assert.Equal(FileProblem.NotAFile, loop.Problem);
        Assert.StartsWith("is a loop of symbolic links", loop.Detail);

        Assert.True(InputFiles.ReadInside(_files.PathOf("root/none.json"), Root(), Small).Missing);
        Assert.True(InputFiles.ReadInside(_files.Link("root/dangling", "nowhere"), Root(), Small).Missing);
    }

    [Fact]
    public void A_stream_opened_after_the_checks_reads_the_file()
    {
        var path = _files.File("root/font.ttf", "0123456789");
        var opened = InputFiles.OpenInside(path, Root(), Small, out var stream);
        Assert.True(opened.Succeeded);
        using (stream)
        {
            Assert.True(stream!.CanSeek);
            stream.Position = 5;
            Assert.Equal("56789", new StreamReader(stream).ReadToEnd());
        }
        Assert.Equal(FileProblem.NotAFile, InputFiles.Open("/dev/zero", Small, out var none).Problem);
        Assert.Null(none);
    }

    [Fact]
    public void The_type_of_a_path_follows_its_links()
    {
        Assert.Equal(FileType.CharacterDevice, InputFiles.TypeOf(_files.Link("out", "/dev/zero")));
        Assert.Equal(FileType.Directory, InputFiles.TypeOf(_files.Dir));
        Assert.Equal(FileType.Missing, InputFiles.TypeOf(_files.PathOf("nothing")));
        Assert.Equal(FileType.Fifo, InputFiles.TypeOf(_files.Fifo("pipe")));
    }

    private sealed class EndlessStream : Stream
    {
        public long Given { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Given; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            Given += count;
            return count;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
