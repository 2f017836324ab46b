using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Tests;

namespace ReportForge.Pdf.Tests;

/// <summary>Small PNGs made in memory, so image tests need no files.</summary>
internal static class TestImages
{
    public static ImageData Png(int width, int height, string source = "chart.png") =>
        ImageHeader.Read(source, PngWriter.Rgb(width, height, (x, y) => ((byte)(x * 255 / width), (byte)(y * 255 / height), 160)))
        ?? throw new InvalidOperationException("test PNG does not read back");
}
