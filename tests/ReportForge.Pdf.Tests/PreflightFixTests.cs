using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using ReportForge.Pdf.Output;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// What PDFBox Preflight found missing in our files, read back from the saved bytes: a CIDSet for every embedded CID
/// font under PDF/A-1, naming exactly the glyphs the subset holds, and <c>/Count</c> on every outline item with children.
/// </summary>
public sealed class PreflightFixTests
{
    // Liberation Sans: U+00C5 Å is glyph 135, a composite of A (36) and the ring (668); the space is glyph 3, B is 37.
    private const int Aring = 135;
    private const int Ring = 668;
    private const int LetterA = 36;
    // U+00B7 ·, which the default footer draws, is glyph 121, a composite of glyph 2130.
    private const int MiddleDotBody = 2130;

    private static PdfWriterOptions PdfA => new() { Standard = ReportForge.Model.PdfStandard.A1a };

    [Fact]
    public void Under_pdfa_every_embedded_cid_font_has_a_cidset_of_its_glyphs_with_composite_components()
    {
        var bytes = PdfReportWriter.Write(Docs.Document(Docs.Para("Å B")), Theme.Default, PdfA).Value.Bytes;
        var fonts = CidFonts(bytes);
        Assert.NotEmpty(fonts);
        foreach (var font in fonts)
        {
            var descriptor = font.Elements.GetDictionary("/FontDescriptor")!;
            Assert.NotNull(descriptor.Elements.GetDictionary("/FontFile2"));
            var cidSet = descriptor.Elements.GetDictionary("/CIDSet");
            Assert.True(cidSet?.Stream is not null, $"{descriptor.Elements.GetName("/FontName")} has no CIDSet stream");
            var bits = Bits(cidSet.Stream.UnfilteredValue);
            var widths = WidthCids(font);
            Assert.Contains(0, bits);
            Assert.Subset(bits, widths);
        }

        var body = Assert.Single(fonts, f => f.Elements.GetName("/BaseFont").EndsWith("+Liberation#20Sans", StringComparison.Ordinal)
            || f.Elements.GetName("/BaseFont").EndsWith("+Liberation Sans", StringComparison.Ordinal));
        var bodyBits = Bits(body.Elements.GetDictionary("/FontDescriptor")!.Elements.GetDictionary("/CIDSet")!.Stream.UnfilteredValue);
        Assert.Subset(bodyBits, new HashSet<int> { 0, 3, Aring, Ring, 37 });
        // Beyond glyph 0 and the glyphs the text names, only the composite's components: the ring the text never uses.
        var extra = bodyBits.Except(WidthCids(body)).Except([0]).ToHashSet();
        Assert.Contains(Ring, extra);
        Assert.Subset(new HashSet<int> { Ring, LetterA, MiddleDotBody }, extra);
    }

    [Fact]
    public void Without_pdfa_no_cidset_is_written()
    {
        var bytes = PdfReportWriter.Write(Docs.Document(Docs.Para("Å B")), Theme.Default).Value.Bytes;
        Assert.NotEmpty(CidFonts(bytes));
        Assert.DoesNotContain("/CIDSet", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdfa_output_with_cidsets_is_byte_reproducible()
    {
        var first = PdfReportWriter.Write(ClientTests.Document(), Theme.Default, PdfA).Value.Bytes;
        var second = PdfReportWriter.Write(ClientTests.Document(), Theme.Default, PdfA).Value.Bytes;
        Assert.Contains("/CIDSet", Encoding.Latin1.GetString(first), StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_cidset_bit_string_counts_from_the_high_bit()
    {
        Assert.Equal(new byte[] { 0x80 }, CidSets.Bits([0]));
        Assert.Equal(new byte[] { 0x90, 0x00, 0x01 }, CidSets.Bits([0, 3, 23]));
        Assert.Equal([3, 4, 5, 10, 20, 21, 22], CidSets.WidthCids("<</W[3[277 300 310]10[5]20 22 556]>>"));
        Assert.Equal([7], CidSets.WidthCids("<</WMode 0/W[7[1]]>>"));
    }

    [Fact]
    public void Every_outline_item_with_children_has_a_count_open_at_the_top_closed_below()
    {
        var document = Docs.Document(
            Docs.H(1, "One"), Docs.H(2, "One a"), Docs.H(3, "One a i"), Docs.H(3, "One a ii"), Docs.H(2, "One b"),
            Docs.H(1, "Two"), Docs.Para("text"));
        var bytes = PdfReportWriter.Write(document, Theme.Default).Value.Bytes;
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var root = pdf.Internals.Catalog.Elements.GetDictionary("/Outlines")!;
        var counts = new List<(string Title, int? Count)>();
        void Walk(PdfDictionary parent)
        {
            for (var item = parent.Elements.GetDictionary("/First"); item is not null; item = item.Elements.GetDictionary("/Next"))
            {
                counts.Add((item.Elements.GetString("/Title"), item.Elements.ContainsKey("/Count") ? item.Elements.GetInteger("/Count") : null));
                Walk(item);
            }
        }
        Walk(root);
        // One is open (its two children show), One a closed (opening it shows two), leaves have none.
        Assert.Equal([("One", 2), ("One a", -2), ("One a i", null), ("One a ii", null), ("One b", null), ("Two", null)], counts);
        // The root counts every item shown: One, One a, One b, Two.
        Assert.Equal(4, root.Elements.GetInteger("/Count"));
    }

    private static List<PdfDictionary> CidFonts(byte[] bytes)
    {
        var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        return [.. pdf.Internals.GetAllObjects().OfType<PdfDictionary>().Where(d => d.Elements.GetName("/Subtype") == "/CIDFontType2")];
    }

    private static HashSet<int> Bits(byte[] data)
    {
        var set = new HashSet<int>();
        for (var i = 0; i < data.Length * 8; i++)
        {
            if ((data[i / 8] & (0x80 >> (i % 8))) != 0) set.Add(i);
        }
        return set;
    }

    // PDFsharp writes /W as "c [w]" for every glyph.
    private static HashSet<int> WidthCids(PdfDictionary font)
    {
        var cids = new HashSet<int>();
        var w = font.Elements.GetArray("/W")!;
        for (var i = 0; i + 1 < w.Elements.Count; i += 2)
        {
            var first = w.Elements.GetInteger(i);
            var widths = (PdfArray)w.Elements[i + 1];
            for (var k = 0; k < widths.Elements.Count; k++) cids.Add(first + k);
        }
        return cids;
    }
}
