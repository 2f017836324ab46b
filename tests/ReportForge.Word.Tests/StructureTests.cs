using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

public sealed class StructureTests
{
    private static DocxPackage Write(Document? document = null, Theme? theme = null) =>
        new(DocxWriter.Write(document ?? SampleDocument.Build(), theme ?? Theme.Default));

    private static string? StyleOf(W.Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Fact]
    public void HeadingsKeepModelOrderTextAndStyleIds()
    {
        using var docx = Write();

        var headings = docx.Body.Elements<W.Paragraph>()
            .Where(p => StyleOf(p)?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (Style: StyleOf(p), Text: p.InnerText))
            .ToList();

        Assert.Equal(
            [("Heading1", SampleDocument.HeadingTexts[0]), ("Heading2", SampleDocument.HeadingTexts[1]),
             ("Heading3", SampleDocument.HeadingTexts[2]), ("Heading2", SampleDocument.HeadingTexts[3])],
            headings);
    }

    [Fact]
    public void HeadingStylesHaveOutlineLevelsAndKeepWithNext()
    {
        using var docx = Write();
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);

        for (var level = 1; level <= 3; level++)
        {
            var pPr = styles["Heading" + level].StyleParagraphProperties!;
            Assert.Equal(level - 1, pPr.OutlineLevel!.Val!.Value);
            Assert.NotNull(pPr.KeepNext);
        }
        foreach (var id in new[] { "Normal", "Title", "Subtitle", "Quote", "ListParagraph", "Caption", "Hyperlink", "SourceCode", "VerbatimChar", "ReportTable" })
            Assert.True(styles.ContainsKey(id), id);
    }

    [Fact]
    public void EachListGetsItsOwnNumAndNestedItemsGoOneLevelDeeper()
    {
        using var docx = Write();
        var numbering = docx.Main.NumberingDefinitionsPart!.Numbering!;
        var numbered = docx.Body.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (Text: p.InnerText, NumId: p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value,
                Level: p.ParagraphProperties.NumberingProperties.NumberingLevelReference!.Val!.Value))
            .ToList();

        string Format(int numId, int level)
        {
            var abstractId = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
            var abstractNum = numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId);
            return abstractNum.Elements<W.Level>().Single(l => l.LevelIndex!.Value == level).NumberingFormat!.Val!.ToString()!;
        }

        var top = numbered.Single(n => n.Text == "Strategic stability dialogue");
        var nestedOrdered = numbered.Single(n => n.Text == "First nested step");
        var nestedBullet = numbered.Single(n => n.Text == "Nested bullet");
        var secondList = numbered.Single(n => n.Text == "Third point");
        var calloutList = numbered.Single(n => n.Text == "Bullet inside a callout");

        Assert.Equal(0, top.Level);
        Assert.Equal(1, nestedOrdered.Level);
        Assert.Equal(1, nestedBullet.Level);
        Assert.Equal(5, new[] { top.NumId, nestedOrdered.NumId, nestedBullet.NumId, secondList.NumId, calloutList.NumId }.Distinct().Count());
        Assert.Equal(nestedOrdered.NumId, numbered.Single(n => n.Text == "Second nested step").NumId);
        Assert.Equal("bullet", Format(top.NumId, 0));
        Assert.Equal("lowerLetter", Format(nestedOrdered.NumId, 1));
        Assert.Equal("bullet", Format(nestedBullet.NumId, 1));
        Assert.Equal("decimal", Format(secondList.NumId, 0));

        var start = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == secondList.NumId)
            .Elements<W.LevelOverride>().Single();
        Assert.Equal(3, start.StartOverrideNumberingValue!.Val!.Value);

        var continuation = docx.Body.Elements<W.Paragraph>().Single(p => p.InnerText.StartsWith("Its second paragraph", StringComparison.Ordinal));
        Assert.Null(continuation.ParagraphProperties!.NumberingProperties);
        Assert.NotNull(continuation.ParagraphProperties.Indentation?.Left);
    }

    [Fact]
    public void OnlyARowTallerThanAPageMaySplit()
    {
        var huge = string.Join(" ", Enumerable.Repeat("a long cell that goes on and on for many lines", 400));
        var columns = new[] { new TableColumn(CellAlignment.Left, ColumnWidth.Auto), new TableColumn(CellAlignment.Left, ColumnWidth.Auto) };
        var table = new Model.Table(columns,
        [
            new TableRow([new TableCell([new TextRun("Head")]), new TableCell([new TextRun("Value")])]),
            new TableRow([new TableCell([new TextRun("short")]), new TableCell([new TextRun("short")])]),
            new TableRow([new TableCell([new TextRun("tall")]), new TableCell([new TextRun(huge)])]),
        ], 1, null);
        using var docx = Write(new Document(SampleDocument.Build().Metadata, [table]));
        var rows = docx.Body.Elements<W.Table>().Single().Elements<W.TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<W.CantSplit>());
        Assert.NotNull(rows[1].TableRowProperties!.GetFirstChild<W.CantSplit>());
        Assert.Null(rows[2].TableRowProperties!.GetFirstChild<W.CantSplit>());
    }

    [Fact]
    public void TableHasRepeatingHeaderUnsplittableRowsAndOneGridColumnPerColumn()
    {
        using var docx = Write();
        var table = docx.Body.Elements<W.Table>().First(t => t.InnerText.Contains("Meeting", StringComparison.Ordinal));
        var rows = table.Elements<W.TableRow>().ToList();

        Assert.Equal("ReportTable", table.GetFirstChild<W.TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Equal(3, table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Count());
        // The caption is a row of its own above the header, spanning the columns, repeated with the header on every page.
        Assert.Equal(6, rows.Count);
        var caption = Assert.Single(rows[0].Elements<W.TableCell>());
        Assert.Equal(3, caption.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal("Caption", StyleOf(caption.GetFirstChild<W.Paragraph>()!));
        Assert.Equal("Table 1. Meetings of the week", caption.InnerText);
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<W.TableHeader>()));
        Assert.All(rows.Skip(2), r => Assert.Null(r.TableRowProperties!.GetFirstChild<W.TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<W.CantSplit>()));
        Assert.All(rows[1].Descendants<W.Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        // No first-row or banded style formatting under a caption row: LibreOffice reads the look's hex value.
        var look = table.GetFirstChild<W.TableProperties>()!.TableLook!;
        Assert.Equal(("0600", false), (look.Val!.Value, look.FirstRow!.Value));
    }

    [Fact]
    public void ColumnWidthsFillTheTextWidthAndHonourPercent()
    {
        using var docx = Write();
        var widths = docx.Body.Elements<W.Table>().First().GetFirstChild<W.TableGrid>()!
            .Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var textWidth = (int)Math.Round((595.28 - 64 - 64) * 20);

        Assert.Equal(textWidth, widths.Sum());
        Assert.InRange(widths[1], textWidth / 5 - 2, textWidth / 5 + 2);
        Assert.True(widths[0] > widths[2], "the column with longer text gets more of the rest");
    }

    [Fact]
    public void HeaderAndFooterCarryFieldsTitleAndBanner()
    {
        using var docx = Write();
        var header = docx.Main.HeaderParts.Single().Header!;
        var footer = docx.Main.FooterParts.Single().Footer!;
        var footerFields = footer.Descendants<W.FieldCode>().Select(f => f.Text.Trim()).ToList();

        Assert.Contains("Security talks, January 2022", header.InnerText);
        Assert.Contains("11 January 2022", header.InnerText);
        Assert.Equal(["PAGE", "NUMPAGES"], footerFields);
        Assert.Contains("Page ", footer.InnerText);
        // The banner is a one-cell table first in the header and last (before the closing paragraph) in the footer.
        Assert.Equal("OFFICIAL", Assert.IsType<W.Table>(header.FirstChild).InnerText);
        Assert.Equal("OFFICIAL", Assert.IsType<W.Table>(footer.ChildElements[^2]).InnerText);
        Assert.Equal("37474F", header.Descendants<W.TableCell>().Single().TableCellProperties!.Shading!.Fill!.Value);
    }

    [Fact]
    public void NoBannerWithoutClassification()
    {
        using var docx = Write(SampleDocument.Build(classification: null));

        Assert.DoesNotContain("OFFICIAL", docx.Main.HeaderParts.Single().Header!.InnerText);
        Assert.DoesNotContain("OFFICIAL", docx.Main.FooterParts.Single().Footer!.InnerText);
    }

    [Fact]
    public void FirstPageHeaderHasOnlyTheBannerWhenRunningTextIsOffThere()
    {
        var theme = Theme.Default;
        theme.Header.OnFirstPage = false;
        using var docx = Write(SampleDocument.Build("SECRET"), theme);
        var section = docx.Body.GetFirstChild<W.SectionProperties>()!;
        var firstId = section.Elements<W.HeaderReference>().Single(r => r.Type!.Value == W.HeaderFooterValues.First).Id!.Value!;
        var first = ((HeaderPart)docx.Main.GetPartById(firstId)).Header!;

        Assert.NotNull(section.GetFirstChild<W.TitlePage>());
        Assert.Equal("SECRET", first.InnerText);
    }

    [Fact]
    public void PageSizeAndMarginsComeFromTheTheme()
    {
        var theme = Theme.Default;
        theme.Page.Size = PageSize.Letter;
        using var docx = Write(theme: theme);
        var section = docx.Body.GetFirstChild<W.SectionProperties>()!;

        Assert.Equal(12240u, section.GetFirstChild<W.PageSize>()!.Width!.Value);
        Assert.Equal(15840u, section.GetFirstChild<W.PageSize>()!.Height!.Value);
        Assert.Equal(1440, section.GetFirstChild<W.PageMargin>()!.Top!.Value);
        Assert.Equal(1280u, section.GetFirstChild<W.PageMargin>()!.Left!.Value);
    }

    [Fact]
    public void CorePropertiesComeFromMetadata()
    {
        using var docx = Write();
        var properties = docx.Word.PackageProperties;

        Assert.Equal("Security talks, January 2022", properties.Title);
        Assert.Equal("ReportForge tests", properties.Creator);
        Assert.Equal("Daily briefing", properties.Subject);
        Assert.Equal("Geneva; NATO", properties.Keywords);
        Assert.Equal(new DateTime(2022, 1, 11, 0, 0, 0, DateTimeKind.Utc), properties.Created?.ToUniversalTime());
        Assert.Equal(new DateTime(2022, 1, 11, 0, 0, 0, DateTimeKind.Utc), properties.Modified?.ToUniversalTime());
        Assert.Equal("ReportForge", docx.Word.ExtendedFilePropertiesPart!.Properties!.Application!.Text);
    }

    [Fact]
    public void LiteralMarkupCharactersAndCyrillicSurviveExactly()
    {
        using var docx = Write();
        var texts = docx.Body.Descendants<W.Text>().Select(t => t.Text).ToList();

        Assert.Contains(SampleDocument.Literal, texts);
        Assert.Contains(texts, t => t.Contains(SampleDocument.Cyrillic, StringComparison.Ordinal));
        Assert.Contains("Literal | pipe", texts);
    }

    [Fact]
    public void InternalLinkPointsAtAHeadingBookmark()
    {
        using var docx = Write();
        var link = docx.Body.Descendants<W.Hyperlink>().Single(h => h.Anchor is not null);
        var bookmarks = docx.Body.Descendants<W.BookmarkStart>().ToList();

        Assert.Equal("normandy-format", link.Anchor!.Value);
        var target = bookmarks.Single(b => b.Name!.Value == link.Anchor.Value);
        Assert.Equal("Normandy format", ((W.Paragraph)target.Parent!).InnerText);
        Assert.Equal(bookmarks.Count, bookmarks.Select(b => b.Id!.Value).Distinct().Count());
    }

    [Fact]
    public void ExternalLinkUsesASequentialRelationshipAndTheHyperlinkStyle()
    {
        using var docx = Write();
        var link = docx.Body.Descendants<W.Hyperlink>().Single(h => h.Id is not null);
        var relationship = docx.Main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value);

        Assert.Equal("rIdLink1", link.Id!.Value);
        Assert.Equal("https://www.nato.int/cps/en/natohq/index.htm", relationship.Uri.OriginalString);
        Assert.True(relationship.IsExternal);
        Assert.All(link.Elements<W.Run>(), r => Assert.Equal("Hyperlink", r.RunProperties!.RunStyle!.Val!.Value));
    }

    [Fact]
    public void FontTableGivesMetricCompatibleAlternatives()
    {
        using var docx = Write();
        var fonts = docx.Main.FontTablePart!.Fonts!.Elements<W.Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);

        Assert.Equal("Arial", fonts["Liberation Sans"]);
        Assert.Equal("Courier New", fonts["Liberation Mono"]);
    }

    [Fact]
    public void KeepTogetherChainsParagraphsButTheLast()
    {
        using var docx = Write();
        var first = docx.Body.Elements<W.Paragraph>().Single(p => p.InnerText == "Kept with the next paragraph.");
        var last = docx.Body.Elements<W.Paragraph>().Single(p => p.InnerText == "The last paragraph of the group.");

        Assert.NotNull(first.ParagraphProperties!.KeepNext);
        Assert.NotNull(first.ParagraphProperties.KeepLines);
        Assert.Null(last.ParagraphProperties!.KeepNext);
        Assert.NotNull(last.ParagraphProperties.KeepLines);
    }

    [Fact]
    public void PageBreakIsABreakBeforeTheNextBlockAndNotAnExtraBlankPage()
    {
        using var docx = Write();
        var paragraphs = docx.Body.Elements<W.Paragraph>().ToList();

        // The heading after the break carries it: it starts the page, so its space above is dropped there as in the PDF.
        var pageBreak = Assert.Single(paragraphs, p => p.ParagraphProperties?.PageBreakBefore is not null);
        Assert.Equal(("Heading2", SampleDocument.HeadingTexts[3]), (StyleOf(pageBreak), pageBreak.InnerText));
        Assert.DoesNotContain(docx.Body.Descendants<W.Break>(), b => b.Type?.Value == W.BreakValues.Page);
    }

    [Fact]
    public void QuoteCalloutAndCodeUseTheirStyles()
    {
        using var docx = Write();
        var paragraphs = docx.Body.Descendants<W.Paragraph>().ToList();

        Assert.Equal("Quote", StyleOf(paragraphs.Single(p => p.InnerText.StartsWith("We are not going", StringComparison.Ordinal))));
        Assert.Equal(2, paragraphs.Count(p => StyleOf(p) == "SourceCode"));
        Assert.Equal("    --template daily-briefing", paragraphs.Last(p => StyleOf(p) == "SourceCode").InnerText);

        var callout = docx.Body.Elements<W.Table>().Single(t => t.InnerText.Contains("Key point", StringComparison.Ordinal));
        var cell = callout.Descendants<W.TableCell>().Single();
        Assert.Equal("EEF3F9", cell.TableCellProperties!.Shading!.Fill!.Value);
        Assert.NotNull(cell.Elements<W.Paragraph>().First().Descendants<W.Bold>().FirstOrDefault());
    }

    [Fact]
    public void UnknownBlockTypeIsABug()
    {
        var document = new Document(SampleDocument.Metadata(), [new UnknownBlock()]);

        Assert.Throws<InvalidOperationException>(() => DocxWriter.Write(document, Theme.Default));
    }

    private sealed record UnknownBlock : Block
    {
        internal override void OnlyTheModelDerives() { }
    }
}
