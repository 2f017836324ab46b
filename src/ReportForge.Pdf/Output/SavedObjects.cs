using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReportForge.Pdf.Output;

/// <summary>
/// Reads objects of a file PDFsharp has just saved, through its cross-reference table: where each object begins, its
/// dictionary as text and a Flate stream's inflated data. Only what the after-save pass needs of PDFsharp's own output.
/// </summary>
internal static class SavedObjects
{
    /// <summary>Object number → where "N G obj" begins, from the file's last cross-reference table; empty when it has none.</summary>
    public static Dictionary<int, int> Offsets(ReadOnlySpan<byte> pdf)
    {
        var offsets = new Dictionary<int, int>();
        var xref = pdf.LastIndexOf("\nxref"u8);
        var trailer = xref < 0 ? -1 : FlateRepair.IndexOf(pdf, "trailer"u8, xref);
        if (trailer < 0) return offsets;
        var tokens = Encoding.ASCII.GetString(pdf[(xref + 5)..trailer]).Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var t = 0; t + 1 < tokens.Length;)
        {
            var first = int.Parse(tokens[t], CultureInfo.InvariantCulture);
            var count = int.Parse(tokens[t + 1], CultureInfo.InvariantCulture);
            t += 2;
            for (var i = 0; i < count && t + 2 < tokens.Length; i++, t += 3)
            {
                if (tokens[t + 2] == "n") offsets[first + i] = int.Parse(tokens[t], CultureInfo.InvariantCulture);
            }
        }
        return offsets;
    }

    /// <summary>The object at <paramref name="offset"/> up to its stream or its end, as text (a dictionary is ASCII in PDFsharp's output).</summary>
    public static string Dictionary(ReadOnlySpan<byte> pdf, int offset)
    {
        var end = FlateRepair.IndexOf(pdf, "endobj"u8, offset);
        var stream = FlateRepair.IndexOf(pdf, "stream"u8, offset);
        if (stream >= 0 && (end < 0 || stream < end)) end = stream;
        return Encoding.Latin1.GetString(pdf[offset..(end < 0 ? pdf.Length : end)]);
    }

    /// <summary>The inflated data of the Flate stream object at <paramref name="offset"/>; null when it is no such stream.</summary>
    public static byte[]? StreamData(ReadOnlySpan<byte> pdf, int offset)
    {
        var head = Dictionary(pdf, offset);
        var length = System.Text.RegularExpressions.Regex.Match(head, @"/Length (\d+)(?!\s+\d+\s+R)");
        if (!length.Success || !head.Contains("/FlateDecode", StringComparison.Ordinal)) return null;
        var data = offset + head.Length + "stream".Length;
        if (data < pdf.Length && pdf[data] == '\r') data++;
        if (data >= pdf.Length || pdf[data] != '\n') return null;
        data++;
        var count = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        if (count <= 2 || data + count > pdf.Length) return null;
        // Past the 2-byte zlib header: PDFsharp leaves out the checksum after the deflate data.
        using var deflate = new DeflateStream(new MemoryStream(pdf.Slice(data + 2, count - 2).ToArray()), CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        deflate.CopyTo(inflated);
        return inflated.ToArray();
    }
}
