using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReportForge.Tests;

/// <summary>PNGs made in memory, so image tests need no files: 8-bit RGB, every chunk with its CRC.</summary>
internal static class PngWriter
{
    /// <summary>A PNG whose pixel at (x, y) has the colour <paramref name="pixel"/> gives; a <paramref name="dpi"/> adds its pHYs chunk.</summary>
    public static byte[] Rgb(int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel, double? dpi = null)
    {
        using var png = new MemoryStream();
        WriteRgb(png, width, height, pixel, dpi);
        return png.ToArray();
    }

    /// <inheritdoc cref="Rgb"/>
    public static void WriteRgb(Stream output, int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel, double? dpi = null)
    {
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(output, "IHDR", header);
        if (dpi is { } resolution)
        {
            var physical = new byte[9];
            var perMetre = (uint)Math.Round(resolution / 0.0254);
            BinaryPrimitives.WriteUInt32BigEndian(physical, perMetre);
            BinaryPrimitives.WriteUInt32BigEndian(physical.AsSpan(4), perMetre);
            physical[8] = 1; // the unit is the metre
            Chunk(output, "pHYs", physical);
        }

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + 3 * width]; // filter byte 0, then RGB
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++) (row[1 + 3 * x], row[2 + 3 * x], row[3 + 3 * x]) = pixel(x, y);
                zlib.Write(row);
            }
        }
        Chunk(output, "IDAT", pixels.ToArray());
        Chunk(output, "IEND", []);
    }

    /// <summary>An 8-bit RGBA PNG (colour type 6): the pixel at (x, y) has the colour and alpha <paramref name="pixel"/> gives.</summary>
    public static byte[] Rgba(int width, int height, Func<int, int, (byte R, byte G, byte B, byte A)> pixel)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // truecolour with alpha
        Chunk(output, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + 4 * width];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++) (row[1 + 4 * x], row[2 + 4 * x], row[3 + 4 * x], row[4 + 4 * x]) = pixel(x, y);
                zlib.Write(row);
            }
        }
        Chunk(output, "IDAT", pixels.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
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
