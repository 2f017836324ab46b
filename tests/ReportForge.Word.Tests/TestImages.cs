using System.Buffers.Binary;
using System.IO.Compression;
using ReportForge.Model;

namespace ReportForge.Word.Tests;

/// Pictures made in code: a PNG gradient of any size and resolution, and a 1×1 JPEG.
internal static class TestImages
{
    /// A 1×1 grey progressive JPEG (JFIF, 1 dpi aspect units: no resolution).
    private const string TinyJpeg = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=";

    public static ImageData Png(int width, int height, double dpi = 96, string source = "map.png") =>
        ImageData.Read(source, PngBytes(width, height, dpi)) ?? throw new InvalidOperationException("the test PNG does not read back");

    public static ImageData Jpeg(string source = "photo.jpg") =>
        ImageData.Read(source, Convert.FromBase64String(TinyJpeg)) ?? throw new InvalidOperationException("the test JPEG does not read back");

    private static byte[] PngBytes(int width, int height, double dpi)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        var physical = new byte[9];
        var perMetre = (uint)Math.Round(dpi / 0.0254);
        BinaryPrimitives.WriteUInt32BigEndian(physical, perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(physical.AsSpan(4), perMetre);
        physical[8] = 1;
        Chunk(png, "pHYs", physical);
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0);
                    for (var x = 0; x < width; x++)
                        zlib.Write([(byte)(47 + 180 * x / width), (byte)(85 + 150 * y / height), 151]);
                }
            }
            Chunk(png, "IDAT", pixels.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
