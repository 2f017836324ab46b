using System.Buffers.Binary;
using ReportForge.Model;

namespace ReportForge.Markup;

/// <summary>
/// Reads what a PNG or JPEG header says (format, pixel size, resolution) and judges the image before any pixel is
/// decoded: too many pixels, a damaged or cut file, a kind PDF readers show broken. The image converter's first step.
/// </summary>
public static class ImageHeader
{
    /// <summary>
    /// Reads a PNG or JPEG header; null when the bytes are neither or the header is damaged. The image keeps
    /// <paramref name="bytes"/>, not a copy.
    /// </summary>
    public static ImageData? Read(string source, byte[] bytes)
    {
        try
        {
            return ReadPng(source, bytes) ?? ReadJpeg(source, bytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static ImageData? ReadPng(string source, byte[] bytes)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(signature)) return null;
        if (!bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8)) return null;
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        if (width <= 0 || height <= 0) return null;
        if (Oversized(width, height) is { } tooLarge)
            return new ImageData(source, bytes, ImageFormat.Png, width, height, 96, 96) { TooLarge = tooLarge };

        double dpiX = 96, dpiY = 96;
        var at = 8;
        var complete = false;
        var transparentColours = false;
        using var pixels = new MemoryStream();
        while (at + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            if (length < 0 || at + 12 + (long)length > bytes.Length) return null;
            var type = bytes.AsSpan(at + 4, 4);
            if (type.SequenceEqual("pHYs"u8) && length >= 9 && bytes[at + 16] == 1)
            {
                dpiX = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at + 8)) * 0.0254;
                dpiY = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at + 12)) * 0.0254;
            }
            if (type.SequenceEqual("IDAT"u8)) pixels.Write(bytes, at + 8, length);
            if (type.SequenceEqual("tRNS"u8)) transparentColours = true;
            if (type.SequenceEqual("IEND"u8)) { complete = true; break; }
            at += 12 + length;
        }
        // A file cut short ends before IEND; pixel data that does not inflate to every row is damaged. Either
        // would fail only when the PDF is written, far from the template line that named the image.
        if (!complete || !PixelsInflate(pixels, width, height, bitDepth: bytes[24], colorType: bytes[25], interlaced: bytes[28] != 0)) return null;
        if (dpiX < 1 || dpiY < 1) dpiX = dpiY = 96;
        var (depth, colorType) = (bytes[24], bytes[25]);
        var notEmbeddable = depth == 16 ? "a 16-bit PNG" : colorType == 0 && depth < 8 ? $"a {depth}-bit greyscale PNG" : null;
        var transparency = colorType is 4 or 6 ? "an alpha channel" : transparentColours ? "transparent colours (a tRNS chunk)" : null;
        return new ImageData(source, bytes, ImageFormat.Png, width, height, dpiX, dpiY) { NotEmbeddable = notEmbeddable, Transparency = transparency };
    }

    private static bool PixelsInflate(MemoryStream pixels, int width, int height, int bitDepth, int colorType, bool interlaced)
    {
        var channels = colorType switch { 0 or 3 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || pixels.Length == 0) return false;
        pixels.Position = 0;
        try
        {
            using var zlib = new System.IO.Compression.ZLibStream(pixels, System.IO.Compression.CompressionMode.Decompress);
            var buffer = new byte[81920];
            long inflated = 0;
            var rows = height * (1 + ((long)width * channels * bitDepth + 7) / 8);
            // Inflating stops a little past what the pixels need, so data that inflates without end costs nothing.
            var enough = rows * 2 + 1024;
            for (int read; inflated <= enough && (read = zlib.Read(buffer)) > 0;) inflated += read;
            // Interlaced rows come in seven passes of other lengths; there, inflating cleanly is the check.
            return interlaced || inflated >= rows;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static ImageData? ReadJpeg(string source, byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8) return null;
        double dpiX = 96, dpiY = 96;
        int width = 0, height = 0;
        string? notEmbeddable = null;
        var scanned = false;
        var at = 2;
        // Every segment up to the end-of-image marker is walked, and the scan data after each start-of-scan
        // skipped: a file cut short anywhere (even right after its frame header) has no end marker and is refused
        // here, at the template line that named it, rather than embedded half grey or failing in the PDF writer.
        while (at + 2 <= bytes.Length)
        {
            if (bytes[at] != 0xFF) return null;
            var marker = bytes[at + 1];
            if (marker == 0xFF) { at++; continue; }
            if (marker == 0xD9) break;
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) { at += 2; continue; }
            if (at + 4 > bytes.Length) return null;
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > bytes.Length) return null;
            if (marker == 0xE0 && length >= 14 && bytes.AsSpan(at + 4, 5).SequenceEqual("JFIF\0"u8) && bytes[at + 11] == 1)
            {
                dpiX = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 12));
                dpiY = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 14));
            }
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && width == 0)
            {
                if (length < 8) return null;
                height = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 5));
                width = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 7));
                if (width == 0 || height == 0) return null;
                notEmbeddable = JpegNotEmbeddable(marker, precision: bytes[at + 4], components: bytes[at + 9]);
                if (Oversized(width, height) is { } tooLarge)
                    return new ImageData(source, bytes, ImageFormat.Jpeg, width, height, 96, 96) { TooLarge = tooLarge };
            }
            at += 2 + length;
            if (marker == 0xDA)
            {
                if (width == 0) return null;
                at = SkipScanData(bytes, at);
                if (at < 0) return null;
                scanned = true;
            }
        }
        if (!scanned || at + 2 > bytes.Length) return null;
        if (dpiX < 1 || dpiY < 1) dpiX = dpiY = 96;
        return new ImageData(source, bytes, ImageFormat.Jpeg, width, height, dpiX, dpiY) { NotEmbeddable = notEmbeddable };
    }

    // PDF's DCT filter reads 8-bit baseline and progressive JPEGs of 1, 3 or 4 components; others would be embedded
    // as they are and shown broken or not at all by PDF readers.
    private static string? JpegNotEmbeddable(byte marker, byte precision, byte components) =>
        marker is not (0xC0 or 0xC1 or 0xC2) ? "a lossless, hierarchical or arithmetic-coded JPEG"
        : precision != 8 ? $"a {precision}-bit JPEG"
        : components is not (1 or 3 or 4) ? $"a JPEG of {components} colour components"
        : null;

    // Returns where the marker after the entropy-coded data starts; -1 when the file ends first.
    private static int SkipScanData(byte[] bytes, int at)
    {
        for (; at + 1 < bytes.Length; at++)
        {
            if (bytes[at] != 0xFF) continue;
            var next = bytes[at + 1];
            if (next == 0x00 || next is >= 0xD0 and <= 0xD7) { at++; continue; }
            if (next != 0xFF) return at;
        }
        return -1;
    }

    private static string? Oversized(long width, long height) =>
        width * height > ImageData.MaxPixels
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{width:N0} × {height:N0} pixels")
            : null;
}
