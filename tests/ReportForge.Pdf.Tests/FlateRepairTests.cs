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

    [Fact]
    public void A_hand_made_file_is_read_as_bytes_object_by_object()
    {
        // Object 1 mentions "stream" and "2 0 obj" inside a string (not a stream, not an object); object 2 is a
        // Flate stream missing its checksum; object 3 an unfiltered stream whose data holds "endobj"-free binary.
        var content = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 10 10 l S\n", 40)));
        var deflated = Zlib(content)[..^4];
        var binary = new byte[] { 0x00, 0xFF, 0x0A, (byte)'>', (byte)'>', 0x0A };
        using var file = new MemoryStream();
        void Text(string t) => file.Write(Encoding.Latin1.GetBytes(t));
        Text("%PDF-1.7\n");
        Text("1 0 obj\n<</Title (a stream\n2 0 obj)>>\nendobj\n");
        Text($"2 0 obj\n<</Length {deflated.Length}/Filter/FlateDecode>>\nstream\n"); file.Write(deflated); Text("\nendstream\nendobj\n");
        Text($"3 0 obj\n<</Length {binary.Length}>>\nstream\n"); file.Write(binary); Text("\nendstream\nendobj\n");
        Text("\nxref\n0 4\n0000000000 65535 f \ntrailer\n<</Size 4>>\nstartxref\n0\n%%EOF\n");

        var repaired = FlateRepair.Repair(file.ToArray());
        var text = Encoding.Latin1.GetString(repaired);

        Assert.Contains($"<</Length {deflated.Length + 4}/Filter/FlateDecode>>", text);
        Assert.Contains("(a stream\n2 0 obj)", text);
        var whole = Zlib(content);
        Assert.True(repaired.AsSpan().IndexOf(whole) > 0, "object 2 holds the completed zlib stream");
        Assert.True(repaired.AsSpan().IndexOf(binary) > 0, "object 3's data is copied as it is");
        var startXref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0]);
        var entries = text[startXref..].Split('\n');
        for (var n = 1; n <= 3; n++) Assert.StartsWith($"{n} 0 obj", text[int.Parse(entries[2 + n][..10])..]);
    }
}
