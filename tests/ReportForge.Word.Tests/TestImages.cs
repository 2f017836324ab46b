using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Tests;

namespace ReportForge.Word.Tests;

/// Pictures made in code: a PNG gradient of any size and resolution, and a 1×1 JPEG.
internal static class TestImages
{
    /// A 1×1 grey progressive JPEG (JFIF, 1 dpi aspect units: no resolution), ending in its end-of-image marker as a whole file does.
    private const string TinyJpeg = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxD/2Q==";

    public static ImageData Png(int width, int height, double dpi = 96, string source = "map.png") =>
        ImageHeader.Read(source, PngWriter.Rgb(width, height, (x, y) => ((byte)(47 + 180 * x / width), (byte)(85 + 150 * y / height), 151), dpi))
        ?? throw new InvalidOperationException("the test PNG does not read back");

    public static ImageData Jpeg(string source = "photo.jpg") =>
        ImageHeader.Read(source, Convert.FromBase64String(TinyJpeg)) ?? throw new InvalidOperationException("the test JPEG does not read back");
}
