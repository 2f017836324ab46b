using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportForge.Diagnostics;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Tests;

/// <summary>Reads written outputs back as a user's tools would.</summary>
internal static partial class Outputs
{
    /// <summary>
    /// Every letter PdfPig finds, page after page, in drawing order; right-to-left text, drawn as it is seen, reads as
    /// the written text its structure element carries (/ActualText), as a screen reader takes it.
    /// </summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var builder = new StringBuilder();
        foreach (var page in PdfReadingText.Pages(document)) builder.Append(page).Append(TextMatch.PageBreak);
        return builder.ToString();
    }

    /// <summary>The text of the body, then of the footnotes, as Word would show it.</summary>
    public static (string Body, string Footnotes) DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        var main = word.MainDocumentPart!;
        var footnotes = main.FootnotesPart?.Footnotes is { } notes ? Text(notes) : "";
        return (Text(main.Document!.Body!), footnotes);
    }

    public static List<string> DocxErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        return new[] { FileFormatVersions.Office2019, FileFormatVersions.Microsoft365 }
            .SelectMany(v => new OpenXmlValidator(v).Validate(word).Select(e => $"{v}: {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"))
            .ToList();
    }

    /// <summary>The characters that warning RF1303 named as in no font.</summary>
    public static HashSet<int> MissingCharacters(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Code == ErrorCodes.GlyphMissing)
            .Select(d => int.Parse(CodePoint().Match(d.Message).Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .ToHashSet();

    private static string Text(OpenXmlElement root)
    {
        var builder = new StringBuilder();
        foreach (var element in root.Descendants())
        {
            switch (element)
            {
                case W.Text text: builder.Append(text.Text); break;
                case W.Break or W.TabChar: builder.Append(' '); break;
                case W.FootnoteReference reference: builder.Append(reference.Id?.Value); break; // Word shows the note's number
                case W.Paragraph: builder.Append('\n'); break;
            }
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"U\+([0-9A-F]{4,6})")]
    private static partial Regex CodePoint();
}
