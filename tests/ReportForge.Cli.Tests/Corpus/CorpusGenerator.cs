using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ReportForge.Tests.Corpus;

/// <summary>
/// Writes the files a case's <c>generate.json</c> describes, so the corpus holds no 10 MB notes and no bytes an
/// editor could change. Each file is a list of parts: <c>text</c> (UTF-8), <c>bytes</c> (hex), <c>repeat</c> with
/// <c>count</c>, an optional <c>separator</c> and an optional <c>indent</c> written once more before each repetition
/// (<c>{i}</c> becomes 1, 2, 3…), or the whole file is a <c>png</c> of a given width and height.
/// </summary>
internal static class CorpusGenerator
{
    public static void Run(string description, string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(description));
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            var path = Path.Combine(folder, file.GetProperty("path").GetString()!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var output = File.Create(path);
            if (file.TryGetProperty("png", out var png))
                WritePng(output, png.GetProperty("width").GetInt32(), png.GetProperty("height").GetInt32());
            else
                foreach (var part in file.GetProperty("parts").EnumerateArray()) WritePart(output, part);
        }
    }

    private static void WritePart(Stream output, JsonElement part)
    {
        if (part.TryGetProperty("text", out var text)) output.Write(Encoding.UTF8.GetBytes(text.GetString()!));
        else if (part.TryGetProperty("bytes", out var hex)) output.Write(Convert.FromHexString(hex.GetString()!.Replace(" ", "", StringComparison.Ordinal)));
        else
        {
            var repeat = part.GetProperty("repeat").GetString()!;
            var separator = Encoding.UTF8.GetBytes(part.TryGetProperty("separator", out var s) ? s.GetString()! : "");
            var indent = Encoding.UTF8.GetBytes(part.TryGetProperty("indent", out var d) ? d.GetString()! : "");
            var count = part.GetProperty("count").GetInt32();
            for (var i = 1; i <= count; i++)
            {
                if (i > 1) output.Write(separator);
                for (var level = 1; indent.Length > 0 && level < i; level++) output.Write(indent);
                output.Write(Encoding.UTF8.GetBytes(repeat.Replace("{i}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
            }
        }
    }

    /// <summary>An RGB PNG, a horizontal gradient: large in pixels, small on disk.</summary>
    private static void WritePng(Stream output, int width, int height)
    {
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(output, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + 3 * width];
            for (var x = 0; x < width; x++)
            {
                row[1 + 3 * x] = (byte)(x * 255L / width);
                row[2 + 3 * x] = 100;
                row[3 + 3 * x] = 160;
            }
            for (var y = 0; y < height; y++) zlib.Write(row);
        }
        Chunk(output, "IDAT", pixels.ToArray());
        Chunk(output, "IEND", []);
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
