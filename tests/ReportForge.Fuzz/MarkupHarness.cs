using System.Text;
using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Pdf;
using ReportForge.Theming;
using ReportForge.Word;

namespace ReportForge.Fuzz;

/// <summary>
/// The fuzzing target: input bytes read as markup, converted, laid out and written as PDF and DOCX. Errors
/// that name a file and line are the right answer to bad markup; anything else (an exception, an error
/// without a place) is a crash, thrown as an exception for the fuzzer to keep.
/// </summary>
public static class MarkupHarness
{
    private const string MarkupName = "fuzz.md";

    private static readonly DocumentMetadata Metadata = new()
    {
        Title = "Fuzz", Date = new DateOnly(2022, 1, 11), Timestamp = new DateTimeOffset(2022, 1, 11, 0, 0, 0, TimeSpan.Zero),
    };

    public static void Run(ReadOnlySpan<byte> input)
    {
        var markup = Encoding.UTF8.GetString(input);
        var converted = MarkupConverter.Convert(markup, Metadata, markupName: MarkupName);
        if (!converted.Succeeded)
        {
            CheckLocated(converted.Diagnostics);
            return;
        }
        var theme = Theme.Default;
        var pdf = PdfReportWriter.Write(converted.Value, theme);
        if (!pdf.Succeeded)
        {
            CheckLocated(pdf.Diagnostics);
            return;
        }
        DocxWriter.Write(converted.Value, theme, pdf.Value.Layout.Facts);
    }

    private static void CheckLocated(IEnumerable<Diagnostic> diagnostics)
    {
        var unlocated = diagnostics.FirstOrDefault(d => d.Severity == Severity.Error && d.Location is not { Line: > 0 });
        if (unlocated is not null) throw new UnlocatedErrorException(unlocated);
    }
}

/// <summary>An error the user could not find in their markup: a crash as far as fuzzing goes.</summary>
public sealed class UnlocatedErrorException(Diagnostic diagnostic) : Exception("error without a file and line: " + diagnostic);
