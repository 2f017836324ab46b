using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportForge.Pdf.Output;

/// <summary>
/// PDFsharp writes every Flate stream as a zlib header and deflate data without the Adler-32 trailer,
/// and a page that draws nothing as a 2-byte stream; qpdf warns about both and poppler calls the short
/// one a bad block. This pass over the saved bytes appends each missing checksum, replaces empty streams
/// with a complete empty zlib stream, updates <c>/Length</c> and rebuilds the cross-reference table.
/// It is a pure function of its input, so reproducible output stays reproducible.
/// </summary>
internal static partial class FlateRepair
{
    // zlib header, one empty final stored-fixed block, Adler-32 of nothing (1).
    private static readonly byte[] EmptyZlib = [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];

    public static byte[] Repair(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal);
        var trailer = text.IndexOf("trailer", xref < 0 ? 0 : xref, StringComparison.Ordinal);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (xref < 0 || trailer < 0 || startXref < trailer) return pdf;

        using var output = new MemoryStream(pdf.Length + 4096);
        var offsets = new Dictionary<int, long>();
        var pos = 0;
        for (var m = ObjectHeader().Match(text, 0); m.Success && m.Index < xref; m = ObjectHeader().Match(text, pos))
        {
            output.Write(pdf, pos, m.Index - pos);
            offsets[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = output.Position;

            var end = text.IndexOf("endobj", m.Index, StringComparison.Ordinal);
            if (end < 0) return pdf;
            // Only within this object: a search to the next stream would cross every stream-less object between.
            var stream = StreamKeyword().Match(text, m.Index, end - m.Index);
            if (!stream.Success)
            {
                output.Write(pdf, m.Index, end - m.Index);
                pos = end;
                continue;
            }

            var head = text[m.Index..(stream.Index + stream.Length)];
            var length = DirectLength().Match(head);
            if (!length.Success) return pdf; // an indirect /Length: leave the file as PDFsharp wrote it
            var dataStart = stream.Index + stream.Length;
            var dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
            var data = pdf.AsSpan(dataStart, dataLength).ToArray();
            if (FlateOnly().IsMatch(head)) data = Fix(data);

            var newHead = head[..length.Index] + "/Length " + data.Length.ToString(CultureInfo.InvariantCulture) + head[(length.Index + length.Length)..];
            output.Write(Encoding.Latin1.GetBytes(newHead));
            output.Write(data);
            pos = dataStart + dataLength;
        }
        output.Write(pdf, pos, xref + 1 - pos);

        var size = int.Parse(TrailerSize().Match(text, trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var table = new StringBuilder();
        var xrefOffset = output.Position;
        table.Append("xref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n').Append("0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            table.Append(offsets.TryGetValue(n, out var at)
                ? at.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n"
                : "0000000000 00001 f \n");
        }
        table.Append(text, trailer, startXref - trailer);
        table.Append("startxref\n").Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    /// <summary>Completes one zlib stream: appends its Adler-32 when missing; an empty one becomes a whole empty stream.</summary>
    internal static byte[] Fix(byte[] data)
    {
        if (data.Length <= 2) return EmptyZlib;
        byte[] inflated;
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(data, 2, data.Length - 2), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            deflate.CopyTo(buffer);
            inflated = buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            return data;
        }

        var checksum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, Adler32(inflated));
        if (data.AsSpan()[^4..].SequenceEqual(checksum)) return data;
        return [.. data, .. checksum];
    }

    internal static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Mod = 65521;
        uint a = 1, b = 0;
        for (var i = 0; i < data.Length; i++)
        {
            a += data[i];
            b += a;
            // 5552 is the most bytes before b can overflow 32 bits.
            if (i % 5552 == 5551)
            {
                a %= Mod;
                b %= Mod;
            }
        }
        return ((b % Mod) << 16) | (a % Mod);
    }

    [GeneratedRegex(@"(?m)^(\d+) (\d+) obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@">>\s*stream\r?\n")]
    private static partial Regex StreamKeyword();

    [GeneratedRegex(@"/Length (\d+)(?!\s+\d+\s+R)")]
    private static partial Regex DirectLength();

    [GeneratedRegex(@"/Filter\s*/FlateDecode")]
    private static partial Regex FlateOnly();

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex TrailerSize();
}
