using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Tests;

/// <summary><c>render --reference-doc</c>: a house-style .docx gives the Word output its styles, page and header.</summary>
public sealed class ReferenceDocTests
{
    private static string HouseStyle(string dir)
    {
        var path = Path.Combine(dir, "house.docx");
        using var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = new W.Styles(
            new W.Style(new W.StyleName { Val = "Normal" }, new W.StyleRunProperties(new W.RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" }))
            { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true });
        var header = main.AddNewPart<HeaderPart>("rId2");
        header.Header = new W.Header(new W.Paragraph(new W.Run(new W.Text("ACME Corporation"))));
        main.Document = new W.Document(new W.Body(new W.SectionProperties(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rId2" },
            new W.PageSize { Width = 12240, Height = 15840 },
            new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 720, Footer = 720, Gutter = 0 })));
        return path;
    }

    [Fact]
    public void The_docx_takes_the_reference_styles_page_and_header_and_stays_valid()
    {
        var dir = CliRunner.TempDir();
        var output = Path.Combine(dir, "out");
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-f", "docx", "-o", output, "--templates", TestPaths.Templates, "--reference-doc", HouseStyle(dir));

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        var docx = Path.Combine(output, "talks-2022-01-11.docx");
        Assert.Empty(Readers.DocxValidationErrors(docx));
        using var word = WordprocessingDocument.Open(docx, false);
        var main = word.MainDocumentPart!;
        Assert.Equal(12240u, main.Document!.Body!.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageSize>()!.Width!.Value);
        Assert.Equal("Georgia", main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "Normal").StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Contains("ACME Corporation", main.HeaderParts.Single().Header!.InnerText);
    }

    [Fact]
    public void A_missing_reference_doc_is_a_located_error_and_nothing_is_written()
    {
        var dir = CliRunner.TempDir();
        var output = Path.Combine(dir, "out");
        var missing = Path.Combine(dir, "missing.docx");
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "--templates", TestPaths.Templates, "--reference-doc", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(new Regex(Regex.Escape(missing) + @": error RF1601: cannot read the reference document"), result.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_reference_doc_that_is_not_a_docx_is_a_located_error()
    {
        var dir = CliRunner.TempDir();
        var notDocx = Path.Combine(dir, "style.docx");
        File.WriteAllText(notDocx, "{ \"this\": \"is json\" }");
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", Path.Combine(dir, "out"), "--templates", TestPaths.Templates, "--reference-doc", notDocx);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(new Regex(Regex.Escape(notDocx) + @": error RF1601: the reference document is not a Word document \(\.docx\)"), result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
