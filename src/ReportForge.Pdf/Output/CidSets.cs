using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ReportForge.Pdf.Fonts;

namespace ReportForge.Pdf.Output;

/// <summary>
/// PDF/A-1 (ISO 19005-1, 6.3.5) wants a <c>/CIDSet</c> stream in the descriptor of every embedded CID font subset,
/// naming the CIDs its font program holds; PDFsharp 6.2.4 writes none, and PDF/A-2 and PDF 2.0 deprecate it. Once
/// the file is saved this finds each CIDFontType2 font and appends one CIDSet for its descriptor: glyph 0, the
/// glyphs the text uses (the font's <c>/W</c> widths, which name glyphs without outlines such as the space too) and
/// every glyph the subset keeps an outline for (the components of composite glyphs, which the text never names).
/// PDFsharp maps CIDs to glyphs with <c>/CIDToGIDMap /Identity</c>, so a CID is a glyph number.
/// </summary>
internal sealed partial class CidSets : FlateRepair.IAppendix
{
    private readonly List<(int Number, byte[] Data)> _streams = [];
    private readonly Dictionary<int, string> _additions = [];

    /// <inheritdoc />
    public int EstimatedSize => _streams.Sum(s => s.Data.Length + 96);

    /// <summary>Reads the saved file's fonts and numbers one CIDSet stream per CID font descriptor from <paramref name="firstFree"/>.</summary>
    public int Number(byte[] pdf, int length, int firstFree)
    {
        var file = pdf.AsSpan(0, length);
        var offsets = SavedObjects.Offsets(file);
        var next = firstFree;
        foreach (var (_, offset) in offsets.OrderBy(o => o.Key))
        {
            var font = SavedObjects.Dictionary(file, offset);
            if (!font.Contains("/Subtype/CIDFontType2", StringComparison.Ordinal)) continue;
            if (Reference(font, "FontDescriptor") is not { } descriptorNumber || !offsets.TryGetValue(descriptorNumber, out var descriptorAt)
                || _additions.ContainsKey(descriptorNumber))
                continue;
            var descriptor = SavedObjects.Dictionary(file, descriptorAt);
            if (Reference(descriptor, "FontFile2") is not { } programNumber || !offsets.TryGetValue(programNumber, out var programAt)) continue;
            if (SavedObjects.StreamData(file, programAt) is not { } program) continue;

            var glyphs = new SortedSet<int> { 0 };
            glyphs.UnionWith(WidthCids(font));
            glyphs.UnionWith(CompositeGlyphs.Outlined(program));
            _streams.Add((next, Compress(Bits(glyphs))));
            _additions[descriptorNumber] = "/CIDSet " + next.ToString(CultureInfo.InvariantCulture) + " 0 R";
            next++;
        }
        return next;
    }

    /// <inheritdoc />
    public string? Addition(int number) => _additions.GetValueOrDefault(number);

    /// <summary>Writes the CIDSet streams numbered by <see cref="Number"/>.</summary>
    public List<(int Number, long Offset)> Write(Stream output)
    {
        var offsets = new List<(int, long)>(_streams.Count);
        foreach (var (number, data) in _streams)
        {
            offsets.Add((number, output.Position));
            output.Write(Encoding.ASCII.GetBytes(number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n<</Filter/FlateDecode/Length "
                + data.Length.ToString(CultureInfo.InvariantCulture) + ">>\nstream\n"));
            output.Write(data);
            output.Write("\nendstream\nendobj\n"u8);
        }
        return offsets;
    }

    /// <summary>The bit string: bit i, counted from the high bit of the first byte, is set when CID i is present.</summary>
    internal static byte[] Bits(IEnumerable<int> cids)
    {
        var set = cids.ToList();
        var bits = new byte[set.Count == 0 ? 0 : (set.Max() / 8) + 1];
        foreach (var cid in set) bits[cid / 8] |= (byte)(0x80 >> (cid % 8));
        return bits;
    }

    private static byte[] Compress(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return packed.ToArray();
    }

    private static int? Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, "/" + key + @"\s*(\d+)\s+0\s+R", RegexOptions.CultureInvariant);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The CIDs a <c>/W</c> array gives widths for: <c>c [w1 w2 …]</c> names c and the ones after it, one per width;
    /// <c>c1 c2 w</c> names c1 to c2.
    /// </summary>
    internal static IEnumerable<int> WidthCids(string font)
    {
        var at = font.IndexOf("/W", StringComparison.Ordinal);
        while (at >= 0 && at + 2 < font.Length && char.IsAsciiLetterOrDigit(font[at + 2])) at = font.IndexOf("/W", at + 2, StringComparison.Ordinal);
        if (at < 0) yield break;
        var open = font.IndexOf('[', at);
        if (open < 0) yield break;
        var numbers = new List<double>();
        var depth = 0;
        for (var tokens = WidthTokens().Match(font, open); tokens.Success; tokens = tokens.NextMatch())
        {
            var token = tokens.Value;
            if (token == "[")
            {
                if (++depth == 2 && numbers.Count > 0)
                {
                    // c [w1 … wn]: count the widths.
                    var first = (int)numbers[^1];
                    numbers.Clear();
                    var count = 0;
                    for (tokens = tokens.NextMatch(); tokens.Success && tokens.Value != "]"; tokens = tokens.NextMatch()) count++;
                    depth--;
                    for (var c = 0; c < count; c++) yield return first + c;
                }
                continue;
            }
            if (token == "]")
            {
                if (--depth == 0) yield break;
                continue;
            }
            numbers.Add(double.Parse(token, CultureInfo.InvariantCulture));
            if (numbers.Count == 3)
            {
                for (var c = (int)numbers[0]; c <= (int)numbers[1]; c++) yield return c;
                numbers.Clear();
            }
        }
    }

    [GeneratedRegex(@"\[|\]|[-+]?\d*\.?\d+")]
    private static partial Regex WidthTokens();
}
