using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;
using ReportForge.Theming;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// Footnotes, pictures and the watermark.
public sealed class RichContentTests
{
    private const long EmuPerPoint = 12700;

    private static DocxPackage Write(Document? document = null, Theme? theme = null) =>
        new(DocxWriter.Write(document ?? SampleDocument.BuildRich(), theme ?? Theme.Default));

    private static long TextWidthEmu(Theme theme)
    {
        var (width, _) = theme.Page.Dimensions;
        return (long)Math.Round((width - theme.Page.MarginLeft - theme.Page.MarginRight) * 20) * 635;
    }

    [Theory]
    [MemberData(nameof(ValidationTests.Versions), MemberType = typeof(ValidationTests))]
    public void RichSampleHasNoValidationErrors(FileFormatVersions version)
    {
        var errors = DocxPackage.Validate(DocxWriter.Write(SampleDocument.BuildRich(), Theme.Default), version);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(ValidationTests.Versions), MemberType = typeof(ValidationTests))]
    public void RichSampleWithFirstPageHeaderHasNoValidationErrors(FileFormatVersions version)
    {
        var theme = Theme.Default;
        theme.Header.OnFirstPage = false;
        var errors = DocxPackage.Validate(DocxWriter.Write(SampleDocument.BuildRich(), theme), version);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void FootnoteReferencesCiteFootnotesByNumberAfterTheTwoSeparators()
    {
        using var docx = Write();
        var notes = docx.Main.FootnotesPart!.Footnotes!.Elements<W.Footnote>().ToList();

        Assert.Equal([(-1L, "separator"), (0L, "continuationSeparator"), (1L, ""), (2L, "")],
            notes.Select(n => (n.Id!.Value, n.Type?.InnerText ?? "")).ToList());
        Assert.NotNull(notes[0].Descendants<W.SeparatorMark>().SingleOrDefault());
        Assert.NotNull(notes[1].Descendants<W.ContinuationSeparatorMark>().SingleOrDefault());
        Assert.Equal([1L, 2L, 1L], docx.Body.Descendants<W.FootnoteReference>().Select(r => r.Id!.Value).ToList());
        Assert.All(docx.Body.Descendants<W.FootnoteReference>(),
            r => Assert.Equal("FootnoteReference", ((W.Run)r.Parent!).RunProperties!.RunStyle!.Val!.Value));

        var first = notes[2].Elements<W.Paragraph>().Single();
        Assert.Equal("FootnoteText", first.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.NotNull(first.Elements<W.Run>().First().GetFirstChild<W.FootnoteReferenceMark>());
        Assert.Equal(" The Strategic Stability Dialogue met at the US mission.", first.InnerText);
        var second = notes[3].Elements<W.Paragraph>().ToList();
        Assert.Equal(2, second.Count);
        Assert.All(second, p => Assert.Equal("FootnoteText", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
    }

    [Fact]
    public void ALinkInAFootnoteIsRelatedFromTheFootnotesPart()
    {
        using var docx = Write();
        var part = docx.Main.FootnotesPart!;
        var link = part.Footnotes!.Descendants<W.Hyperlink>().Single();

        var relationship = part.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value);
        Assert.Equal("https://www.osce.org/", relationship.Uri.OriginalString);
    }

    [Fact]
    public void FootnoteStylesAndSettingsAreThere()
    {
        using var docx = Write();
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal(W.VerticalPositionValues.Superscript, styles["FootnoteReference"].StyleRunProperties!.VerticalTextAlignment!.Val!.Value);
        Assert.Equal("footnote text", styles["FootnoteText"].StyleName!.Val!.Value);
        var special = docx.Main.DocumentSettingsPart!.Settings!.GetFirstChild<W.FootnoteDocumentWideProperties>()!;
        Assert.Equal([-1L, 0L], special.Elements<W.FootnoteSpecialReference>().Select(f => f.Id!.Value).ToList());
    }

    [Fact]
    public void PicturesAreInlineWithAltTextUniqueIdsAndTheirSizeInEmu()
    {
        var theme = Theme.Default;
        using var docx = Write(theme: theme);
        var inlines = docx.Body.Descendants<DW.Inline>().ToList();

        Assert.Equal(3, inlines.Count);
        Assert.Equal(["Map of the venues in Geneva", "A wide banner", "A photograph"], inlines.Select(i => i.DocProperties!.Description!.Value!).ToList());
        Assert.Equal([1u, 2u, 3u], inlines.Select(i => i.DocProperties!.Id!.Value).ToList());
        Assert.All(inlines, i => Assert.False(string.IsNullOrEmpty(i.DocProperties!.Name!.Value)));

        var textWidth = TextWidthEmu(theme);
        // Half the text width, 2:1 like its pixels (sizes are whole twips: 635 EMU).
        Assert.Equal(textWidth / 2, inlines[0].Extent!.Cx!.Value, tolerance: 635);
        Assert.Equal(textWidth / 4, inlines[0].Extent!.Cy!.Value, tolerance: 635);
        // 1200 px at 96 dpi is 900 pt: wider than the text, so the text width, 6:1.
        Assert.Equal(textWidth, inlines[1].Extent!.Cx!.Value);
        Assert.Equal(textWidth / 6, inlines[1].Extent!.Cy!.Value, tolerance: 635);
        // Fixed 72 pt, square.
        Assert.Equal((72 * EmuPerPoint, 72 * EmuPerPoint), (inlines[2].Extent!.Cx!.Value, inlines[2].Extent!.Cy!.Value));
    }

    [Fact]
    public void PictureBytesGoIntoImagePartsWithTheirContentTypes()
    {
        var document = SampleDocument.BuildRich();
        using var docx = Write(document);
        var blips = docx.Body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Select(b => b.Embed!.Value!).ToList();

        Assert.Equal(["rIdImage1", "rIdImage2", "rIdImage3"], blips);
        var parts = blips.Select(id => (ImagePart)docx.Main.GetPartById(id)).ToList();
        Assert.Equal(["image/png", "image/png", "image/jpeg"], parts.Select(p => p.ContentType).ToList());
        var images = document.Blocks.OfType<Image>().ToList();
        for (var i = 0; i < images.Count; i++)
        {
            using var stream = parts[i].GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(images[i].Data.Bytes, copy.ToArray());
        }
    }

    [Fact]
    public void CaptionsFollowTheirPicturesAndThePictureKeepsWithIt()
    {
        using var docx = Write();
        var paragraphs = docx.Body.Elements<W.Paragraph>().ToList();
        var picture = paragraphs.First(p => p.Descendants<DW.Inline>().Any());
        var caption = paragraphs[paragraphs.IndexOf(picture) + 1];

        Assert.NotNull(picture.ParagraphProperties!.KeepNext);
        Assert.Equal(("Caption", "Figure 1. Venues"), (caption.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, caption.InnerText));
    }

    [Fact]
    public void WatermarkShapeIsInEveryHeader()
    {
        var theme = Theme.Default;
        theme.Header.OnFirstPage = false;
        theme.Watermark.Color = new Rgb(0xff, 0, 0);
        theme.Watermark.Opacity = 0.25;
        using var docx = Write(theme: theme);
        var headers = docx.Main.HeaderParts.ToList();

        Assert.Equal(2, headers.Count);
        var ids = new List<string>();
        foreach (var header in headers)
        {
            var xml = header.Header!.OuterXml;
            var shape = header.Header.Descendants<DocumentFormat.OpenXml.Vml.Shape>().Single();
            Assert.StartsWith("PowerPlusWaterMarkObject", shape.Id!.Value);
            ids.Add(shape.Id!.Value!);
            Assert.Equal("#FF0000", shape.FillColor!.Value);
            Assert.Equal("0.25", shape.GetFirstChild<DocumentFormat.OpenXml.Vml.Fill>()!.Opacity!.Value);
            Assert.Equal("DRAFT", shape.GetFirstChild<DocumentFormat.OpenXml.Vml.TextPath>()!.String!.Value);
            Assert.Contains("rotation:315", shape.Style!.Value);
        }
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void WatermarkComesFromTheThemeWhenTheDocumentHasNoneAndIsLeftOutWhenEmpty()
    {
        var theme = Theme.Default;
        theme.Watermark.Text = "SAMPLE";
        using (var fromTheme = Write(SampleDocument.BuildRich(watermark: null), theme))
        {
            Assert.All(fromTheme.Main.HeaderParts, h =>
                Assert.Equal("SAMPLE", h.Header!.Descendants<DocumentFormat.OpenXml.Vml.TextPath>().Single(t => t.String is not null).String!.Value));
        }
        using var none = Write(SampleDocument.BuildRich(watermark: null));
        Assert.All(none.Main.HeaderParts, h => Assert.Empty(h.Header!.Descendants<DocumentFormat.OpenXml.Vml.Shape>()));
    }

    [Fact]
    public void RichSampleIsByteIdenticalWhenWrittenTwice()
    {
        Assert.Equal(DocxWriter.Write(SampleDocument.BuildRich(), Theme.Default), DocxWriter.Write(SampleDocument.BuildRich(), Theme.Default));
    }
}
