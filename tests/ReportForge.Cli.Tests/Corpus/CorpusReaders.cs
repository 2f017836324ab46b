using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Tests.Corpus;

/// <summary>The outputs read back: text, pages, anything drawn past the page's edge, and the .docx's validation errors.</summary>
internal static class CorpusReaders
{
    private const double Tolerance = 0.5;

    public sealed record PdfFacts(int Pages, string Text, List<string> Outside, int Images);

    public sealed record DocxFacts(string Text, List<string> Errors);

    /// <summary>With <paramref name="endsOnly"/>, only the first and last three pages: ten million letters would not fit in memory.</summary>
    public static PdfFacts Pdf(string path, bool endsOnly = false)
    {
        using var document = PdfDocument.Open(path);
        var text = new StringBuilder();
        var outside = new List<string>();
        var images = 0;
        var count = document.NumberOfPages;
        var numbers = Enumerable.Range(1, count).Where(n => !endsOnly || n <= 3 || n > count - 3);
        foreach (var page in numbers.Select(document.GetPage))
        {
            foreach (var letter in page.Letters)
            {
                text.Append(letter.Value);
                var (start, end) = (letter.StartBaseLine, letter.EndBaseLine);
                if (Math.Min(start.X, end.X) < -Tolerance || Math.Max(start.X, end.X) > page.Width + Tolerance
                    || start.Y < -Tolerance || start.Y > page.Height + Tolerance)
                    outside.Add($"page {page.Number}: '{letter.Value}' at ({start.X:0.#}, {start.Y:0.#})–({end.X:0.#}) on a {page.Width:0.#}×{page.Height:0.#} page");
            }
            text.AppendLine();
            foreach (var image in page.GetImages())
            {
                images++;
                var b = image.BoundingBox;
                if (b.Left < -Tolerance || b.Right > page.Width + Tolerance || b.Bottom < -Tolerance || b.Top > page.Height + Tolerance)
                    outside.Add($"page {page.Number}: an image at {b.Left:0.#},{b.Bottom:0.#}–{b.Right:0.#},{b.Top:0.#} on a {page.Width:0.#}×{page.Height:0.#} page");
            }
        }
        return new PdfFacts(document.NumberOfPages, text.ToString(), outside, images);
    }

    public static DocxFacts Docx(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<W.Paragraph>()) text.AppendLine(string.Concat(paragraph.Descendants<W.Text>().Select(t => t.Text)));
        foreach (var footnote in document.MainDocumentPart.FootnotesPart?.Footnotes?.Descendants<W.Paragraph>() ?? [])
            text.AppendLine(string.Concat(footnote.Descendants<W.Text>().Select(t => t.Text)));
        var errors = new List<string>();
        foreach (var version in new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2019, DocumentFormat.OpenXml.FileFormatVersions.Microsoft365 })
            errors.AddRange(new OpenXmlValidator(version).Validate(document).Select(e => $"{version}: {e.Description} at {e.Path?.XPath}"));
        return new DocxFacts(text.ToString(), errors);
    }
}
