using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

public sealed class TableOfContentsTests
{
    private static readonly Dictionary<string, int> PageMap = new(StringComparer.Ordinal)
    {
        ["security-talks"] = 1, ["geneva"] = 2, ["brussels"] = 3, ["normandy-format"] = 4,
    };

    private static Document WithToc(int depth, string? title = null)
    {
        var sample = SampleDocument.Build();
        return sample with { Blocks = [new TableOfContents(title, depth), .. sample.Blocks] };
    }

    private static W.SdtBlock Toc(DocxPackage docx) => Assert.Single(docx.Body.Elements<W.SdtBlock>());

    [Fact]
    public void EntriesAreTheHeadingsUpToTheDepthWithPagesFromThePageMap()
    {
        using var docx = new DocxPackage(DocxWriter.Write(WithToc(2), Theme.Default, PageMap));
        var entries = Toc(docx).Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("TOC", StringComparison.Ordinal) == true
                && p.ParagraphProperties.ParagraphStyleId.Val.Value != "TOCHeading")
            .Select(p => (Style: p.ParagraphProperties!.ParagraphStyleId!.Val!.Value,
                Anchor: p.Descendants<W.Hyperlink>().Single().Anchor!.Value,
                Text: string.Concat(p.Descendants<W.Hyperlink>().Single().Elements<W.Run>().TakeWhile(r => !r.Elements<W.TabChar>().Any()).Select(r => r.InnerText)),
                Page: CachedPage(p)))
            .ToList();

        Assert.Equal(
            [("TOC1", "security-talks", SampleDocument.HeadingTexts[0], "1"), ("TOC2", "geneva", SampleDocument.HeadingTexts[1], "2"),
             ("TOC2", "normandy-format", SampleDocument.HeadingTexts[3], "4")],
            entries);
    }

    [Fact]
    public void IsOneTocFieldWithHyperlinksInATableOfContentsContentControl()
    {
        using var docx = new DocxPackage(DocxWriter.Write(WithToc(3), Theme.Default, PageMap));
        var toc = Toc(docx);

        Assert.Equal("Table of Contents", toc.SdtProperties!.GetFirstChild<W.SdtContentDocPartObject>()!.GetFirstChild<W.DocPartGallery>()!.Val!.Value);
        var instructions = toc.Descendants<W.FieldCode>().Select(f => f.Text.Trim()).ToList();
        Assert.Equal("TOC \\o \"1-3\" \\h \\z \\u", instructions[0]);
        Assert.Equal(4, instructions.Count(i => i.StartsWith("PAGEREF ", StringComparison.Ordinal)));
        var chars = toc.Descendants<W.FieldChar>().Select(c => c.FieldCharType!.Value).ToList();
        Assert.Equal(5, chars.Count(c => c == W.FieldCharValues.Begin));
        Assert.Equal(5, chars.Count(c => c == W.FieldCharValues.End));
        Assert.Equal(W.FieldCharValues.End, chars[^1]);
        var title = toc.Descendants<W.Paragraph>().First();
        Assert.Equal(("TOCHeading", "Contents"), (title.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, title.InnerText));

        var bookmarks = docx.Body.Descendants<W.BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.All(toc.Descendants<W.Hyperlink>(), h => Assert.Contains(h.Anchor!.Value, bookmarks));
        var tab = toc.Descendants<W.TabStop>().First();
        Assert.Equal((W.TabStopValues.Right, W.TabStopLeaderCharValues.Dot), (tab.Val!.Value, tab.Leader!.Value));
    }

    [Fact]
    public void NothingAsksToUpdateFieldsWhenTheFileOpens()
    {
        using var docx = new DocxPackage(DocxWriter.Write(WithToc(3, "In this briefing"), Theme.Default, PageMap));

        Assert.Empty(docx.Main.DocumentSettingsPart!.Settings!.Elements<W.UpdateFieldsOnOpen>());
        Assert.DoesNotContain(docx.Body.Descendants<W.FieldChar>(), c => c.Dirty?.Value == true);
        Assert.Equal("In this briefing", Toc(docx).Descendants<W.Paragraph>().First().InnerText);
    }

    /// A reference document's page setup or styles may paginate otherwise than our layout, so the contents field
    /// is marked dirty for Word to refresh; its pre-filled pages stay for readers that ignore the flag.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_contents_field_is_dirty_only_with_a_reference_document(bool withReference)
    {
        var reference = withReference ? ReferenceDocument.Read(ReferenceDocx.Build(), "house.docx").Value : null;
        var bytes = DocxWriter.Write(WithToc(3), Theme.Default, PageMap, reference);

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        // Each dirty fldChar with the instruction in the run after it.
        var dirty = Regex.Matches(xml, "<w:fldChar [^>]*w:dirty=\"[^\"]*\"[^>]*/>\\s*</w:r>\\s*<w:r>\\s*<w:instrText[^>]*>([^<]*)<")
            .Select(m => (m.Value[..m.Value.IndexOf("/>", StringComparison.Ordinal)], m.Groups[1].Value.Trim())).ToList();
        if (withReference)
            Assert.Equal([("<w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\" ", "TOC \\o \"1-3\" \\h \\z \\u")], dirty);
        else
            Assert.Empty(dirty);
        Assert.Equal(withReference ? 1 : 0, xml.Split("w:dirty=").Length - 1);

        using var docx = new DocxPackage(bytes);
        Assert.Empty(docx.Main.DocumentSettingsPart!.Settings!.Elements<W.UpdateFieldsOnOpen>());
        var pages = Toc(docx).Descendants<W.Paragraph>().Where(p => p.Descendants<W.Hyperlink>().Any()).Select(CachedPage).ToList();
        Assert.Equal(["1", "2", "3", "4"], pages);
    }

    [Fact]
    public void TocStylesExistAndTheHeadingIsLeftOutOfTheOutline()
    {
        using var docx = new DocxPackage(DocxWriter.Write(WithToc(3), Theme.Default, PageMap));
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal(9, styles["TOCHeading"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        for (var level = 1; level <= 3; level++)
            Assert.Equal("toc " + level, styles["TOC" + level].StyleName!.Val!.Value);
    }

    [Theory]
    [MemberData(nameof(ValidationTests.Versions), MemberType = typeof(ValidationTests))]
    public void HasNoValidationErrors(FileFormatVersions version)
    {
        var errors = DocxPackage.Validate(DocxWriter.Write(WithToc(3), Theme.Default, PageMap), version);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task A_page_map_that_arrives_while_the_document_is_written_gives_the_same_bytes()
    {
        // The engine starts the Word document before the PDF's first layout pass has made the page map.
        var map = new TaskCompletionSource<LayoutFacts?>();
        var writing = Task.Run(() => DocxWriter.WriteWhileLaidOut(WithToc(3), Theme.Default, map.Task));
        await Task.Delay(50);
        map.SetResult(LayoutFacts.Pages(PageMap));

        Assert.Equal(DocxWriter.Write(WithToc(3), Theme.Default, PageMap), await writing);
    }

    [Fact]
    public void Without_a_page_map_the_entries_wait_for_Word_to_fill_their_pages()
    {
        var late = Task.FromResult<LayoutFacts?>(null);
        Assert.Equal(DocxWriter.Write(WithToc(3), Theme.Default), DocxWriter.WriteWhileLaidOut(WithToc(3), Theme.Default, late));
        using var docx = new DocxPackage(DocxWriter.WriteWhileLaidOut(WithToc(3), Theme.Default, late));
        var entries = Toc(docx).Descendants<W.Paragraph>().Where(p => p.Descendants<W.Hyperlink>().Any()).ToList();
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.Equal("", CachedPage(e)));
        Assert.Empty(DocxPackage.Validate(DocxWriter.WriteWhileLaidOut(WithToc(3), Theme.Default, late), FileFormatVersions.Microsoft365));
    }

    [Fact]
    public void A_page_map_that_never_comes_fails_the_write()
    {
        var cancelled = Task.FromCanceled<LayoutFacts?>(new CancellationToken(canceled: true));
        Assert.Throws<TaskCanceledException>(() => DocxWriter.WriteWhileLaidOut(WithToc(3), Theme.Default, cancelled));
    }

    /// The cached result of the PAGEREF field: the text between its separate and end.
    private static string CachedPage(W.Paragraph entry)
    {
        var runs = entry.Descendants<W.Hyperlink>().Single().Elements<W.Run>().ToList();
        var separate = runs.FindLastIndex(r => r.GetFirstChild<W.FieldChar>()?.FieldCharType?.Value == W.FieldCharValues.Separate);
        return string.Concat(runs.Skip(separate + 1).TakeWhile(r => r.GetFirstChild<W.FieldChar>() is null).Select(r => r.InnerText));
    }
}
