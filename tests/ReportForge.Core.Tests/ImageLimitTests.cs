using System.Buffers.Binary;
using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>Images are judged from their bytes before any pixel is decoded: too many pixels, or cut short anywhere.</summary>
public sealed class ImageLimitTests
{
    private static Diagnostic Error(string name, byte[] bytes)
    {
        var result = MarkupConverter.Convert($"Intro\n\n![figure]({name})\n", new DocumentMetadata { Title = "M" },
            readAsset: path => path == name ? bytes : null);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    // A PNG whose header claims the size and whose pixel data is a few zero rows: no real pixels behind the claim.
    private static byte[] PngClaiming(int width, int height)
    {
        var png = PngWriter.Rgb(1, 1, (_, _) => (0, 0, 0));
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        return png;
    }

    // A baseline JPEG walked segment by segment: SOI, SOF0, SOS, entropy data (with a stuffed 0xFF and a restart marker), EOI.
    private static byte[] Jpeg(int width, int height, byte frame = 0xC0, byte precision = 8)
    {
        var sof = new byte[] { 0xFF, frame, 0, 11, precision, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0 };
        var sos = new byte[] { 0xFF, 0xDA, 0, 8, 1, 1, 0x00, 0, 63, 0 };
        var data = new byte[] { 0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78, 0x9A };
        return [0xFF, 0xD8, .. sof, .. sos, .. data, 0xFF, 0xD9];
    }

    [Fact]
    public void A_whole_small_jpeg_is_read_with_its_size()
    {
        var image = ImageHeader.Read("a.jpg", Jpeg(640, 480));
        Assert.NotNull(image);
        Assert.Equal((ImageFormat.Jpeg, 640, 480, (string?)null), (image.Format, image.PixelWidth, image.PixelHeight, image.TooLarge));
    }

    [Fact]
    public void A_jpeg_cut_anywhere_is_refused_with_RF1206()
    {
        var whole = Jpeg(640, 480);
        for (var length = 0; length < whole.Length; length++)
            Assert.Null(ImageHeader.Read("a.jpg", whole[..length]));

        // Cut right after its frame header (which once failed in the PDF writer as RF1999) and cut in half (once embedded silently).
        var afterFrame = Error("assets/cut.jpg", whole[..15]);
        Assert.Equal(ErrorCodes.ImageUnreadable, afterFrame.Code);
        Assert.Equal("image 'assets/cut.jpg' is not a readable PNG or JPEG (markup line 3)", afterFrame.Message);
        Assert.Equal(new SourceLocation("markup", 3, 1), afterFrame.Location);
    }

    [Fact]
    public void The_shipped_jpeg_cut_in_half_or_anywhere_in_its_scan_is_refused()
    {
        var whole = File.ReadAllBytes(Path.Combine(TestPaths.Template("showcase"), "assets", "geneva-hills.jpg"));
        Assert.NotNull(ImageHeader.Read("hills.jpg", whole));
        for (var length = 0; length < whole.Length; length += 97)
            Assert.Null(ImageHeader.Read("hills.jpg", whole[..length]));
        Assert.Equal(ErrorCodes.ImageUnreadable, Error("hills.jpg", whole[..(whole.Length / 2)]).Code);
    }

    [Fact]
    public void An_image_over_50_megapixels_is_RF1208_before_its_pixels_are_decoded()
    {
        var png = Error("assets/huge.png", PngClaiming(20_000, 20_000));
        Assert.Equal(ErrorCodes.ImageTooLarge, png.Code);
        Assert.Equal("image 'assets/huge.png' is 20,000 × 20,000 pixels, more than the limit of 50 megapixels; scale it down (it is printed no wider than the page) (markup line 3)", png.Message);
        Assert.Equal(new SourceLocation("markup", 3, 1), png.Location);

        var jpeg = Error("wide.jpg", Jpeg(65_535, 65_535));
        Assert.Equal(ErrorCodes.ImageTooLarge, jpeg.Code);
        Assert.StartsWith("image 'wide.jpg' is 65,535 × 65,535 pixels", jpeg.Message);
    }

    [Fact]
    public void A_png_claiming_two_billion_pixels_a_side_is_located_never_an_internal_error()
    {
        Assert.Equal(ErrorCodes.ImageTooLarge, Error("a.png", PngClaiming(int.MaxValue, int.MaxValue)).Code);
        Assert.Equal(ErrorCodes.ImageTooLarge, Error("a.png", PngClaiming(int.MaxValue, 1)).Code);
        // 2^31 does not fit the PNG's 31-bit size: the header is damaged.
        Assert.Equal(ErrorCodes.ImageUnreadable, Error("a.png", PngClaiming(int.MinValue, int.MinValue)).Code);
    }

    [Fact]
    public void A_png_at_the_limit_whose_pixels_are_missing_is_RF1206()
    {
        // 10,000 × 5,000 is allowed, so its pixel data is inflated and found short.
        Assert.Equal(ErrorCodes.ImageUnreadable, Error("a.png", PngClaiming(10_000, 5_000)).Code);
    }

    [Theory]
    [InlineData(0xC3, 8, "a lossless, hierarchical or arithmetic-coded JPEG")]
    [InlineData(0xC9, 8, "a lossless, hierarchical or arithmetic-coded JPEG")]
    [InlineData(0xC1, 12, "a 12-bit JPEG")]
    public void A_jpeg_the_PDF_DCT_filter_cannot_show_is_RF1206(int frame, int precision, string what)
    {
        var error = Error("scan.jpg", Jpeg(64, 64, (byte)frame, (byte)precision));
        Assert.Equal(ErrorCodes.ImageUnreadable, error.Code);
        Assert.Equal($"image 'scan.jpg' is {what}, which the PDF writer cannot embed; save it as a baseline 8-bit JPEG (markup line 3)", error.Message);
    }
}
