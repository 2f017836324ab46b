using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ReportForge.Pdf.Output;

namespace ReportForge.Pdf.Tests;

public sealed class FlateRepairTests
{
    private static byte[] Zlib(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var z = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return buffer.ToArray();
    }

    [Fact]
    public void A_stream_without_its_checksum_gets_the_adler32_appended()
    {
        var data = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("BT /F1 12 Tf (hello) Tj ET\n", 50)));
        var whole = Zlib(data);
        var truncated = whole[..^4];
        Assert.Equal(whole, FlateRepair.Fix(truncated));
        Assert.Equal(whole, FlateRepair.Fix(whole));
        Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(whole.AsSpan()[^4..]), FlateRepair.Adler32(data));
    }

    [Fact]
    public void An_empty_two_byte_stream_becomes_a_complete_empty_zlib_stream()
    {
        var fixedStream = FlateRepair.Fix([0x78, 0x9C]);
        using var z = new ZLibStream(new MemoryStream(fixedStream), CompressionMode.Decompress);
        Assert.Equal(-1, z.ReadByte());
        Assert.True(fixedStream.Length > 2);
    }

    [Fact]
    public void Lengths_and_the_cross_reference_table_match_the_repaired_file()
    {
        var result = PdfReportWriter.Write(Docs.Document(Docs.Para("one"), new Model.PageBreak(), Docs.Para("two")), Theming.Theme.Default);
        var bytes = result.Value.Bytes;
        var text = Encoding.Latin1.GetString(bytes);
        var startXref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0]);
        Assert.StartsWith("xref\n", text[startXref..]);
        var lines = text[startXref..].Split('\n');
        var count = int.Parse(lines[1].Split(' ')[1]);
        for (var n = 1; n < count; n++)
        {
            var entry = lines[2 + n];
            if (!entry.EndsWith("n ", StringComparison.Ordinal)) continue;
            var offset = int.Parse(entry[..10]);
            Assert.StartsWith($"{n} 0 obj", text[offset..]);
        }
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Contains("two", pdf.GetPage(2).GetWords().Select(w => w.Text));
    }
}
