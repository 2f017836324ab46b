using System.Buffers;
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

    public static byte[] Repair(byte[] pdf) => Repair(pdf, pdf.Length);

    /// <summary>
    /// Repairs the first <paramref name="length"/> bytes of <paramref name="buffer"/> (a save stream's own buffer:
    /// no copy of the file is made before the repaired one). The file is read as bytes: only each stream's
    /// dictionary, a few dozen bytes, becomes text.
    /// </summary>
    public static byte[] Repair(byte[] buffer, int length) => Repair(buffer, length, append: null);

    /// <summary>Objects to add to a saved file, after its own and in its one new cross-reference table.</summary>
    public interface IAppendix
    {
        /// <summary>About how many bytes <see cref="Write"/> writes (the output is sized for it up front).</summary>
        int EstimatedSize { get; }

        /// <summary>
        /// Numbers the objects from <paramref name="firstFree"/> and returns the next free number. May change the
        /// saved bytes in place (they are copied after this).
        /// </summary>
        int Number(byte[] pdf, int length, int firstFree);

        /// <summary>Writes the objects to <paramref name="output"/>; returns each one's number and where it begins there.</summary>
        List<(int Number, long Offset)> Write(Stream output);

        /// <summary>
        /// Entries to add to the dictionary of the saved object <paramref name="number"/> (one without a stream), written
        /// before its closing <c>&gt;&gt;</c>; null to leave it as it is. Asked after <see cref="Number"/>.
        /// </summary>
        string? Addition(int number) => null;
    }

    /// <summary>Several appendices as one: numbered and written in turn, their additions to one object joined.</summary>
    public sealed class Appendices(params IAppendix[] parts) : IAppendix
    {
        /// <inheritdoc />
        public int EstimatedSize => parts.Sum(p => p.EstimatedSize);

        /// <inheritdoc />
        public int Number(byte[] pdf, int length, int firstFree)
        {
            foreach (var part in parts) firstFree = part.Number(pdf, length, firstFree);
            return firstFree;
        }

        /// <inheritdoc />
        public List<(int Number, long Offset)> Write(Stream output)
        {
            var offsets = new List<(int Number, long Offset)>();
            foreach (var part in parts) offsets.AddRange(part.Write(output));
            return offsets;
        }

        /// <inheritdoc />
        public string? Addition(int number)
        {
            string? joined = null;
            foreach (var part in parts)
            {
                if (part.Addition(number) is { } addition) joined += addition;
            }
            return joined;
        }
    }

    /// <summary>Repairs the saved file as above and adds <paramref name="append"/>'s objects after its own, in the one new cross-reference table.</summary>
    public static byte[] Repair(byte[] buffer, int length, IAppendix? append)
    {
        var pdf = buffer.AsSpan(0, length);
        var xref = pdf.LastIndexOf("\nxref\n"u8);
        var trailer = xref < 0 ? -1 : IndexOf(pdf, "trailer"u8, xref);
        var startXref = pdf.LastIndexOf("startxref"u8);
        if (xref < 0 || trailer < 0 || startXref < trailer)
        {
            if (append is not null) throw new InvalidOperationException("the saved file has no cross-reference table to add objects to");
            return pdf.ToArray();
        }
        var trailerText = Encoding.Latin1.GetString(pdf[trailer..startXref]);
        var sizeEntry = TrailerSize().Match(trailerText);
        var size = int.Parse(sizeEntry.Groups[1].Value, CultureInfo.InvariantCulture);
        if (append is not null)
        {
            size = append.Number(buffer, length, size);
            trailerText = trailerText[..sizeEntry.Index] + "/Size " + size.ToString(CultureInfo.InvariantCulture)
                + trailerText[(sizeEntry.Index + sizeEntry.Length)..];
        }

        // Sized for the file, the added objects and the table (20 bytes an entry): the stream never grows by copying.
        using var output = new MemoryStream(length + (append?.EstimatedSize ?? 0) + size * 20 + 4096);
        var offsets = new Dictionary<int, long>();
        var pos = 0;
        while (NextObject(pdf, pos, xref) is var (at, number) && at >= 0)
        {
            output.Write(pdf[pos..at]);
            offsets[number] = output.Position;

            var end = IndexOf(pdf, "endobj"u8, at);
            if (end < 0) return Unrepaired(buffer, length, append);
            // Only within this object: a search to the next stream would cross every stream-less object between.
            var dataStart = StreamData(pdf[at..end]);
            if (dataStart < 0)
            {
                var close = append?.Addition(number) is null ? -1 : pdf[at..end].LastIndexOf(">>"u8);
                if (close < 0)
                {
                    output.Write(pdf[at..end]);
                }
                else
                {
                    output.Write(pdf[at..(at + close)]);
                    output.Write(Encoding.ASCII.GetBytes(append!.Addition(number)!));
                    output.Write(pdf[(at + close)..end]);
                }
                pos = end;
                continue;
            }

            dataStart += at;
            var head = Encoding.Latin1.GetString(pdf[at..dataStart]);
            var lengthEntry = DirectLength().Match(head);
            if (!lengthEntry.Success) return Unrepaired(buffer, length, append); // an indirect /Length: leave the file as PDFsharp wrote it
            var dataLength = int.Parse(lengthEntry.Groups[1].Value, CultureInfo.InvariantCulture);
            var data = pdf.Slice(dataStart, dataLength);
            var repaired = FlateOnly().IsMatch(head) ? Fix(buffer, dataStart, dataLength) : null;

            var newLength = (repaired?.Length ?? dataLength).ToString(CultureInfo.InvariantCulture);
            output.Write(Encoding.Latin1.GetBytes(head[..lengthEntry.Index] + "/Length " + newLength + head[(lengthEntry.Index + lengthEntry.Length)..]));
            output.Write(repaired ?? data);
            pos = dataStart + dataLength;
        }
        output.Write(pdf[pos..(xref + 1)]);
        if (append is not null)
        {
            foreach (var (number, offset) in append.Write(output)) offsets[number] = offset;
        }

        var table = new StringBuilder();
        var xrefOffset = output.Position;
        table.Append("xref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n').Append("0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            table.Append(offsets.TryGetValue(n, out var offset)
                ? offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n"
                : "0000000000 00001 f \n");
        }
        table.Append(trailerText);
        table.Append("startxref\n").Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    // A file this pass cannot read is left as PDFsharp wrote it, unless objects were to be added: then it is an error.
    private static byte[] Unrepaired(byte[] buffer, int length, IAppendix? append) => append is null
        ? buffer.AsSpan(0, length).ToArray()
        : throw new InvalidOperationException("the saved file could not be read to add objects to it");

    /// <summary>Where <paramref name="value"/> first occurs in <paramref name="text"/> at or after <paramref name="from"/>; -1 if nowhere.</summary>
    internal static int IndexOf(ReadOnlySpan<byte> text, ReadOnlySpan<byte> value, int from)
    {
        var found = text[from..].IndexOf(value);
        return found < 0 ? -1 : from + found;
    }

    // The next "N G obj" at the start of a line before limit: where it starts and its object number; (-1, 0) when none.
    private static (int At, int Number) NextObject(ReadOnlySpan<byte> pdf, int from, int limit)
    {
        for (var keyword = IndexOf(pdf, " obj"u8, from); keyword >= 0 && keyword < limit; keyword = IndexOf(pdf, " obj"u8, keyword + 1))
        {
            var after = keyword + 4;
            if (after < pdf.Length && (char.IsAsciiLetterOrDigit((char)pdf[after]) || pdf[after] == '_')) continue;
            var generation = keyword;
            while (generation > from && char.IsAsciiDigit((char)pdf[generation - 1])) generation--;
            if (generation == keyword || generation - 1 <= from || pdf[generation - 1] != ' ') continue;
            var start = generation - 1;
            while (start > from && char.IsAsciiDigit((char)pdf[start - 1])) start--;
            if (start == generation - 1 || (start > 0 && pdf[start - 1] is not ((byte)'\n' or (byte)'\r'))) continue;
            return (start, int.Parse(pdf[start..(generation - 1)], CultureInfo.InvariantCulture));
        }
        return (-1, 0);
    }

    // Where a stream's data begins in an object (after ">>", white space, "stream" and its end of line); -1 if it has none.
    private static int StreamData(ReadOnlySpan<byte> obj)
    {
        for (var keyword = obj.IndexOf("stream"u8); keyword >= 0; keyword = IndexOf(obj, "stream"u8, keyword + 1))
        {
            var before = keyword;
            while (before > 0 && obj[before - 1] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') before--;
            if (before < 2 || obj[before - 1] != '>' || obj[before - 2] != '>') continue;
            var data = keyword + 6;
            if (data < obj.Length && obj[data] == '\r') data++;
            if (data < obj.Length && obj[data] == '\n') return data + 1;
        }
        return -1;
    }

    /// <summary>Completes one zlib stream: appends its Adler-32 when missing; an empty one becomes a whole empty stream.</summary>
    internal static byte[] Fix(byte[] data) => Fix(data, 0, data.Length) ?? data;

    /// <summary>The completed stream, or null when it is complete (or not deflate data) as it is.</summary>
    private static byte[]? Fix(byte[] buffer, int start, int count)
    {
        var data = buffer.AsSpan(start, count);
        if (count <= 2) return EmptyZlib;
        // The checksum of the inflated bytes, computed as they come: nothing the size of the page is kept.
        var adler = new Adler32State();
        var chunk = ArrayPool<byte>.Shared.Rent(16384);
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(buffer, start + 2, count - 2, writable: false), CompressionMode.Decompress);
            for (var read = deflate.Read(chunk); read > 0; read = deflate.Read(chunk)) adler.Add(chunk.AsSpan(0, read));
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, adler.Value);
        if (data[^4..].SequenceEqual(checksum)) return null;
        return [.. data, .. checksum];
    }

    internal static uint Adler32(ReadOnlySpan<byte> data)
    {
        var adler = new Adler32State();
        adler.Add(data);
        return adler.Value;
    }

    private struct Adler32State()
    {
        private const uint Mod = 65521;
        // 5552 is the most bytes before b can overflow 32 bits.
        private const int Run = 5552;
        private uint _a = 1;
        private uint _b;

        public readonly uint Value => (_b << 16) | _a;

        public void Add(ReadOnlySpan<byte> data)
        {
            while (data.Length > 0)
            {
                var run = data[..Math.Min(Run, data.Length)];
                foreach (var value in run)
                {
                    _a += value;
                    _b += _a;
                }
                _a %= Mod;
                _b %= Mod;
                data = data[run.Length..];
            }
        }
    }

    [GeneratedRegex(@"/Length (\d+)(?!\s+\d+\s+R)")]
    private static partial Regex DirectLength();

    [GeneratedRegex(@"/Filter\s*/FlateDecode")]
    private static partial Regex FlateOnly();

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex TrailerSize();
}
