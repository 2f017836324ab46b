using System.Runtime.InteropServices;

namespace ReportForge.Model;

/// <summary>An image's bytes (read-only: the model is immutable) and what its header says: format, pixel size and resolution.</summary>
public sealed record ImageData(string Source, ReadOnlyMemory<byte> Bytes, ImageFormat Format, int PixelWidth, int PixelHeight, double DpiX, double DpiY)
{
    /// <summary>A read-only stream over the bytes, without copying them.</summary>
    public Stream OpenRead() => MemoryMarshal.TryGetArray(Bytes, out var segment)
        ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
        : new MemoryStream(Bytes.ToArray(), writable: false);

    /// <summary>The natural size in points (pixels at the image's resolution, 96 dpi when it has none).</summary>
    public (double Width, double Height) NaturalSize => (PixelWidth * 72.0 / DpiX, PixelHeight * 72.0 / DpiY);

    /// <summary>
    /// Why a well-formed image still cannot be embedded (PDFsharp 6.2 reads no 16-bit PNG and no greyscale PNG
    /// under 8 bits), such as "a 16-bit PNG"; null when it can.
    /// </summary>
    public string? NotEmbeddable { get; init; }

    /// <summary>
    /// What makes the image see-through, such as "an alpha channel" (a PNG with alpha, or with a tRNS chunk of
    /// transparent colours); null when it is opaque. PDF/A-1 allows no transparency.
    /// </summary>
    public string? Transparency { get; init; }

    /// <summary>
    /// The most pixels an image may have (50 megapixels, such as 10,000 × 5,000): the writers decode every pixel
    /// into memory, about 17 bytes a pixel in all, so a 1.5 MB PNG of 20,000 × 20,000 pixels would take 7 GB.
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>
    /// Why the image is larger than <see cref="MaxPixels"/>, such as "20,000 × 20,000 pixels"; null when it is not. Its
    /// pixels were not decoded.
    /// </summary>
    public string? TooLarge { get; init; }
}
