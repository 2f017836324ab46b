using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// A user's house-style Word file made in code: Letter paper with one-inch margins, Georgia for Normal, a red
/// Heading 1, a header with a logo picture and "ACME Corporation", a footer with a PAGE field and a link.
internal static class ReferenceDocx
{
    public const string HeaderText = "ACME Corporation";
    public const string FooterText = "Internal use";
    public const int LetterWidth = 12240;
    public const int Margin = 1440;

    public static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = new W.Styles(
                new W.DocDefaults(new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(new W.RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" }))),
                new W.Style(new W.StyleName { Val = "Normal" }, new W.PrimaryStyle(),
                    new W.StyleRunProperties(new W.RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" }, new W.FontSize { Val = "22" }))
                { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new W.Style(new W.StyleName { Val = "heading 1" }, new W.BasedOn { Val = "Normal" }, new W.PrimaryStyle(),
                    new W.StyleParagraphProperties(new W.KeepNext(), new W.OutlineLevel { Val = 0 }),
                    new W.StyleRunProperties(new W.Color { Val = "C00000" }, new W.FontSize { Val = "36" }))
                { Type = W.StyleValues.Paragraph, StyleId = "Heading1" });

            var header = main.AddNewPart<HeaderPart>("rId2");
            var logo = header.AddImagePart(ImagePartType.Png, "rIdLogo");
            using (var png = TestImages.Png(40, 20).OpenRead())
                logo.FeedData(png);
            header.Header = new W.Header(new W.Paragraph(new W.Run(new W.Text(HeaderText))));
            var footer = main.AddNewPart<FooterPart>("rId3");
            footer.AddHyperlinkRelationship(new Uri("https://acme.example/"), true, "rIdSite");
            footer.Footer = new W.Footer(new W.Paragraph(
                new W.Run(new W.Text(FooterText + " ") { Space = SpaceProcessingModeValues.Preserve }),
                new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " },
                new W.Hyperlink(new W.Run(new W.Text(" acme.example") { Space = SpaceProcessingModeValues.Preserve })) { Id = "rIdSite" }));

            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("House style"))),
                new W.SectionProperties(
                    new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rId2" },
                    new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = "rId3" },
                    new W.PageSize { Width = (uint)LetterWidth, Height = 15840 },
                    new W.PageMargin { Top = Margin, Bottom = Margin, Left = Margin, Right = Margin, Header = 720, Footer = 720, Gutter = 0 })));
        }
        return stream.ToArray();
    }
}
