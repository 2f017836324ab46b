using DocumentFormat.OpenXml;
using ReportForge.Diagnostics;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

public sealed class ReferenceDocumentTests
{
    private static ReferenceDocument Reference() => ReferenceDocument.Read(ReferenceDocx.Build(), "house.docx").Value;

    private static byte[] WriteWithReference() => DocxWriter.Write(SampleDocument.BuildRich(), Theme.Default, pageMap: null, Reference());

    [Theory]
    [MemberData(nameof(ValidationTests.Versions), MemberType = typeof(ValidationTests))]
    public void HasNoValidationErrors(FileFormatVersions version)
    {
        var errors = DocxPackage.Validate(WriteWithReference(), version);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void TakesTheReferenceStylesAndAddsOnlyTheMissingOnes()
    {
        using var docx = new DocxPackage(WriteWithReference());
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToList();
        var byId = styles.ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal(styles.Count, byId.Count);
        Assert.Equal("Georgia", byId["Normal"].StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal("C00000", byId["Heading1"].StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal(["Normal", "Heading1"], styles.Take(2).Select(s => s.StyleId!.Value!).ToList());
        foreach (var id in new[] { "Heading2", "TOC1", "TOCHeading", "FootnoteText", "FootnoteReference", "Caption", "ReportTable", "SourceCode", "Hyperlink" })
            Assert.True(byId.ContainsKey(id), id);
        var used = docx.Body.Descendants<W.ParagraphStyleId>().Select(s => s.Val!.Value!).Distinct();
        Assert.All(used, id => Assert.True(byId.ContainsKey(id), id));
    }

    [Fact]
    public void TakesThePageSetupAndSizesContentToItsTextWidth()
    {
        using var docx = new DocxPackage(WriteWithReference());
        var section = docx.Body.Elements<W.SectionProperties>().Single();
        var textWidth = ReferenceDocx.LetterWidth - 2 * ReferenceDocx.Margin;

        Assert.Equal((uint)ReferenceDocx.LetterWidth, section.GetFirstChild<W.PageSize>()!.Width!.Value);
        Assert.Equal((uint)ReferenceDocx.Margin, section.GetFirstChild<W.PageMargin>()!.Left!.Value);
        Assert.Equal(textWidth, docx.Body.Descendants<W.SdtBlock>().Single().Descendants<W.TabStop>().First().Position!.Value);
        var wide = docx.Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>().ElementAt(1);
        Assert.Equal(textWidth * 635L, wide.Extent!.Cx!.Value);
    }

    [Fact]
    public void TakesHeaderAndFooterWithTheirPicturesAndLinksAndKeepsBannerAndWatermark()
    {
        using var docx = new DocxPackage(WriteWithReference());
        var header = docx.Main.HeaderParts.Single();
        var footer = docx.Main.FooterParts.Single();

        Assert.Contains(ReferenceDocx.HeaderText, header.Header!.InnerText);
        Assert.StartsWith("OFFICIAL", header.Header.InnerText);
        Assert.Single(header.Header.Descendants<DocumentFormat.OpenXml.Vml.Shape>());
        Assert.Equal("image/png", header.GetPartById("rIdLogo").ContentType);
        Assert.Contains(ReferenceDocx.FooterText, footer.Footer!.InnerText);
        Assert.EndsWith("OFFICIAL", footer.Footer.InnerText);
        Assert.Equal("https://acme.example/", footer.HyperlinkRelationships.Single(r => r.Id == "rIdSite").Uri.OriginalString);
        Assert.Equal(" PAGE ", footer.Footer.Descendants<W.SimpleField>().Single().Instruction!.Value);
    }

    [Fact]
    public void IsByteIdenticalWhenWrittenTwice()
    {
        Assert.Equal(WriteWithReference(), WriteWithReference());
    }

    [Fact]
    public void AMissingFileIsALocatedError()
    {
        var path = Path.Combine(Path.GetTempPath(), "reportforge-no-such-reference.docx");

        var error = Assert.Single(ReferenceDocument.Load(path).Diagnostics);

        Assert.Equal((ErrorCodes.ReferenceDocumentInvalid, path), (error.Code, error.Location!.File));
        Assert.StartsWith(path + ": error RF1601: cannot read the reference document", error.ToString());
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("")]
    public void AFileThatIsNotADocxIsALocatedError(string content)
    {
        var error = Assert.Single(ReferenceDocument.Read(System.Text.Encoding.UTF8.GetBytes(content), "notes.txt").Diagnostics);

        Assert.Equal(ErrorCodes.ReferenceDocumentInvalid, error.Code);
        Assert.StartsWith("notes.txt: error RF1601: the reference document is not a Word document (.docx)", error.ToString());
    }

    [Fact]
    public void AZipThatIsNotAWordDocumentIsALocatedError()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            archive.CreateEntry("hello.txt");

        var error = Assert.Single(ReferenceDocument.Read(zip.ToArray(), "archive.zip").Diagnostics);

        Assert.Equal(ErrorCodes.ReferenceDocumentInvalid, error.Code);
        Assert.Equal("archive.zip", error.Location!.File);
    }
}
