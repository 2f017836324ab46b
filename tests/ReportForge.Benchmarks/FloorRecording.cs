using ReportForge.Pdf;
using ReportForge.Pdf.Canvas;

namespace ReportForge.Benchmarks;

/// <summary>
/// The producer of the floor benchmark: renders notes as <c>reportforge render notes.json -f pdf</c> does and records
/// the drawing pass's canvas calls (drawn onto the PDF and into the log at once) for bench/floor to replay.
/// </summary>
public static class FloorRecording
{
    /// <summary>Writes the log, and the PDF it was recorded from when <paramref name="pdfPath"/> is given; the page count.</summary>
    public static int Record(string notesPath, string logPath, string? pdfPath)
    {
        var request = new ReportRequest { NotesPath = notesPath, Formats = ["pdf"], SourceDateEpoch = SourceDateEpoch() };
        var document = ReportEngine.BuildDocument(request, out var package, out _, out _);
        if (!document.Succeeded) throw new InvalidOperationException(string.Join("\n", document.Diagnostics));

        var standard = request.PdfStandard ?? package!.Manifest.Standard;
        var log = new CanvasLogWriter(document.Value.Metadata, standard.IsPdfA);
        var options = new PdfWriterOptions { Standard = standard, DrawingCanvas = pdf => new TeeCanvas(pdf, log) };
        var pdf = PdfReportWriter.Write(document.Value, package!.Theme, options);
        if (!pdf.Succeeded) throw new InvalidOperationException(string.Join("\n", pdf.Diagnostics));
        using (var file = File.Create(logPath)) log.Save(file);
        if (pdfPath is not null) File.WriteAllBytes(pdfPath, pdf.Value.Bytes);
        return pdf.Value.Layout.PageCount;
    }

    // As the CLI reads it, so the recorded pages carry the same dates as `reportforge render` writes.
    private static long? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 ? seconds : null;
}
