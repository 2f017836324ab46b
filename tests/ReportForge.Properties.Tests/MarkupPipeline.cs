using System.Text;
using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Pdf;
using ReportForge.Theming;
using ReportForge.Word;

namespace ReportForge.Tests;

/// <summary>
/// Markup → model → PDF and DOCX, checked: either located errors, or a PDF that PdfPig opens and a .docx
/// without validator errors, both holding all of the model's text in order.
/// </summary>
internal static class MarkupPipeline
{
    public const string MarkupName = "random.md";

    private static readonly DocumentMetadata Metadata = new()
    {
        Title = "Property run", Date = new DateOnly(2022, 1, 11), DisplayDate = "11 January 2022",
        Timestamp = new DateTimeOffset(2022, 1, 11, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>Characters XML 1.0 cannot carry, which the .docx shows as U+FFFD: a word is compared as the pieces around them.</summary>
    public static readonly HashSet<int> XmlReplaced = [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')), 0xFFFE, 0xFFFF];

    public static void Check(string markup)
    {
        var converted = MarkupConverter.Convert(markup, Metadata, markupName: MarkupName);
        if (!converted.Succeeded)
        {
            AssertLocated(converted.Diagnostics);
            return;
        }
        var document = converted.Value;
        var theme = Theme.Default;
        var pdf = PdfReportWriter.Write(document, theme);
        if (!pdf.Succeeded)
        {
            AssertLocated(pdf.Diagnostics);
            return;
        }
        var missing = Outputs.MissingCharacters(pdf.Diagnostics);

        var pdfText = Outputs.PdfText(pdf.Value.Bytes);
        AssertFound("PDF body", ModelText.Body(document), pdfText, missing);
        AssertFound("PDF footnotes", ModelText.Footnotes(document), pdfText, missing);

        var docx = DocxWriter.Write(document, theme, pdf.Value.Layout.Facts);
        var errors = Outputs.DocxErrors(docx);
        Assert.True(errors.Count == 0, "validator errors:\n" + string.Join("\n", errors));
        var (body, footnotes) = Outputs.DocxText(docx);
        AssertFound("DOCX body", ModelText.Body(document), body, XmlReplaced);
        AssertFound("DOCX footnotes", ModelText.Footnotes(document), footnotes, XmlReplaced);
    }

    /// <summary>Every error names a file and a line, and none is an internal error.</summary>
    public static void AssertLocated(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var error in diagnostics.Where(d => d.Severity == Severity.Error))
        {
            Assert.True(error.Code != ErrorCodes.InternalError, error.ToString());
            Assert.True(error.Location is { Line: > 0 } or { Pointer: not null }, "not located: " + error);
        }
    }

    private static void AssertFound(string what, IEnumerable<IReadOnlyList<string>> texts, string readBack, IReadOnlySet<int> missing)
    {
        var lost = TextMatch.Missing(texts, readBack, missing);
        Assert.True(lost.Count == 0, $"{what}: text not found in order: {string.Join(" ¦ ", lost.Take(10).Select(Escape))}\nread back: {Escape(readBack)}");
    }

    public static string Escape(string text) => string.Concat(text.EnumerateRunes().Select(r =>
        r.Value < 0x20 || r.Value is 0xAD or >= 0x7F and < 0xA0 or 0xFFFF or 0x200B || Rune.GetUnicodeCategory(r) is System.Globalization.UnicodeCategory.PrivateUse
            ? $"\\u{{{r.Value:X}}}" : r.ToString()));
}
