using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Tests;

/// <summary>Reads outputs back as a user's tools would.</summary>
internal static class Readers
{
    public static string PdfText(string path)
    {
        using var doc = PdfDocument.Open(path);
        var builder = new StringBuilder();
        foreach (var page in doc.GetPages()) builder.AppendLine(string.Join(" ", page.GetWords().Select(w => w.Text)));
        return builder.ToString();
    }

    public static List<string> PdfBookmarks(string path)
    {
        using var doc = PdfDocument.Open(path);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var titles = new List<string>();
        void Walk(IEnumerable<UglyToad.PdfPig.Outline.BookmarkNode> nodes)
        {
            foreach (var node in nodes) { titles.Add(node.Title); Walk(node.Children); }
        }
        Walk(bookmarks.Roots);
        return titles;
    }

    /// <summary>Outline entries down to a level (1-based, as headings) with their pages.</summary>
    public static List<(string Title, int Page)> PdfBookmarkPages(string path, int maxLevel)
    {
        using var doc = PdfDocument.Open(path);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var entries = new List<(string, int)>();
        void Walk(IEnumerable<UglyToad.PdfPig.Outline.BookmarkNode> nodes)
        {
            foreach (var node in nodes)
            {
                if (node.Level + 1 <= maxLevel && node is UglyToad.PdfPig.Outline.DocumentBookmarkNode page) entries.Add((node.Title, page.PageNumber));
                Walk(node.Children);
            }
        }
        Walk(bookmarks.Roots);
        return entries;
    }

    /// <summary>The table of contents' entries: text before the tab, and the cached page number after it.</summary>
    public static List<(string Text, int Page)> DocxTocEntries(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var toc = doc.MainDocumentPart!.Document!.Body!.Elements<W.SdtBlock>().Single();
        return toc.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && style.StartsWith("TOC", StringComparison.Ordinal) && style != "TOCHeading")
            .Select(p =>
            {
                var link = p.Descendants<W.Hyperlink>().Single();
                var text = string.Concat(link.Descendants<W.Text>().Select(t => t.Text));
                var tab = link.Elements<W.Run>().TakeWhile(r => !r.Elements<W.TabChar>().Any()).SelectMany(r => r.Elements<W.Text>()).Sum(t => t.Text.Length);
                return (text[..tab], int.Parse(text[tab..], System.Globalization.CultureInfo.InvariantCulture));
            })
            .ToList();
    }

    public static List<(string Style, string Text)> DocxParagraphs(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", string.Concat(p.Descendants<W.Text>().Select(t => t.Text))))
            .ToList();
    }

    public static List<string> DocxHeadings(string path) =>
        DocxParagraphs(path).Where(p => p.Style.StartsWith("Heading", StringComparison.Ordinal)).Select(p => p.Text).ToList();

    public static List<string> DocxValidationErrors(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var errors = new List<string>();
        foreach (var version in new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2019, DocumentFormat.OpenXml.FileFormatVersions.Microsoft365 })
            errors.AddRange(new OpenXmlValidator(version).Validate(doc).Select(e => $"{version}: {e.Description} at {e.Path?.XPath}"));
        return errors;
    }

    /// <summary>PDF words run together, so compare with whitespace squeezed out.</summary>
    public static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
