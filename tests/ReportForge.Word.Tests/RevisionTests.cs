using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// Issue 21: tags, change containers and inline revisions in the .docx without tracked changes (the accepted state).
public sealed class RevisionTests
{
    private static Document Changed() => new(SampleDocument.Metadata(), [
        new Heading(1, [new TextRun("Since the last briefing")], "since"),
        new Paragraph([new TextRun("Status: "), new Tag("Not held", "held"), new TextRun(" now.")]),
        new Change(ChangeKind.Added, [SampleDocument.Para("A new talk."), new Heading(2, [new TextRun("New heading")], "new-heading")]),
        new Change(ChangeKind.Updated, [SampleDocument.Para("An updated talk.")]),
        new Change(ChangeKind.Removed, [SampleDocument.Para("A removed talk."), new Heading(2, [new TextRun("Gone heading")], "gone")]),
        new Paragraph([new TextRun("Outcome: "), new Deleted([new TextRun("none")]), new Inserted([new TextRun("agreed", TextStyle.Bold)]), new TextRun(".")]),
        new TableOfContents(null, 3),
    ]);

    private static DocxPackage Write(Document document, Theme? theme = null) => new(DocxWriter.Write(document, theme ?? Theme.Default));

    [Fact]
    public void A_tag_is_a_bold_run_in_its_tone_colour_shaded_with_its_tint()
    {
        var theme = Theme.Default;
        using var docx = Write(Changed(), theme);
        var run = Assert.Single(docx.Body.Descendants<W.Run>(), r => r.InnerText.Contains("Not", StringComparison.Ordinal));
        Assert.Equal("\u00A0Not\u00A0held\u00A0", run.InnerText);
        var properties = run.RunProperties!;
        Assert.NotNull(properties.Bold);
        Assert.Equal(theme.Tags.Text("held").Hex, properties.Color!.Val!.Value);
        Assert.Equal(theme.Tags.Background("held").Hex, properties.Shading!.Fill!.Value);
        Assert.Equal(W.ShadingPatternValues.Clear, properties.Shading.Val!.Value);
    }

    [Fact]
    public void Changes_show_the_accepted_text_removed_parts_and_deleted_text_left_out()
    {
        using var docx = Write(Changed());
        var paragraphs = docx.Body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("A new talk.", paragraphs);
        Assert.Contains("An updated talk.", paragraphs);
        Assert.Contains("Outcome: agreed.", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("removed", StringComparison.Ordinal) || p.Contains("Gone", StringComparison.Ordinal));
        Assert.Empty(docx.Body.Descendants<W.InsertedRun>());
        Assert.Empty(docx.Body.Descendants<W.DeletedRun>());
        Assert.Empty(docx.Body.Descendants<W.DeletedText>());
        Assert.Contains(docx.Body.Descendants<W.BookmarkStart>(), b => b.Name!.Value!.Contains("new-heading", StringComparison.Ordinal));
        Assert.DoesNotContain(docx.Body.Descendants<W.BookmarkStart>(), b => b.Name!.Value!.Contains("gone", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ValidationTests.Versions), MemberType = typeof(ValidationTests))]
    public void Tags_and_changes_are_valid_open_xml(FileFormatVersions version)
    {
        var errors = DocxPackage.Validate(DocxWriter.Write(Changed(), Theme.Default), version);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
