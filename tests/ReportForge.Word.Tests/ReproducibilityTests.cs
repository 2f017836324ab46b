using System.IO.Compression;
using ReportForge.Theming;

namespace ReportForge.Word.Tests;

public sealed class ReproducibilityTests
{
    [Fact]
    public void SameDocumentGivesIdenticalBytes()
    {
        var first = DocxWriter.Write(SampleDocument.Build(), Theme.Default);
        var second = DocxWriter.Write(SampleDocument.Build(), Theme.Default);

        Assert.Equal(first, second);
    }

    [Fact]
    public void StreamOverloadWritesTheSameBytesToANonSeekableStream()
    {
        var bytes = DocxWriter.Write(SampleDocument.Build(), Theme.Default);
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
            DocxWriter.Write(SampleDocument.Build(), Theme.Default, forwardOnly);

        Assert.Equal(bytes, target.ToArray());
    }

    [Fact]
    public void EntriesHaveAFixedOrderAndTimeAndNoRandomIds()
    {
        var bytes = DocxWriter.Write(SampleDocument.Build(), Theme.Default);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);

        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal("_rels/.rels", zip.Entries[1].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            Assert.DoesNotMatch("Id=\"R[0-9a-f]{16}\"", text);
        }
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
