using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportForge.Pdf.Tests;

/// <summary>Reads the 8-bit grayscale or RGB, non-interlaced PNGs that pdftoppm writes, into gray levels.</summary>
internal sealed record TestPng(int Width, int Height, byte[] Gray)
{
    public static TestPng Read(byte[] png)
    {
        var at = 8;
        int width = 0, height = 0, colorType = 0;
        using var idat = new MemoryStream();
        while (at + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new NotSupportedException("only 8-bit non-interlaced PNGs");
                colorType = data[9];
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }

        var channels = colorType switch { 0 => 1, 2 => 3, _ => throw new NotSupportedException($"PNG colour type {colorType}") };
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var bytes = raw.ToArray();
        var stride = width * channels;
        var previous = new byte[stride];
        var gray = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = bytes[y * (stride + 1)];
            var row = bytes.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? row[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                });
            }
            for (var x = 0; x < width; x++)
                gray[y * width + x] = channels == 1 ? row[x] : (byte)((row[3 * x] * 299 + row[3 * x + 1] * 587 + row[3 * x + 2] * 114) / 1000);
            previous = row;
        }
        return new TestPng(width, height, gray);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
