using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// Opens written bytes for assertions.
internal sealed class DocxPackage : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxPackage(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Word = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Word { get; }

    public MainDocumentPart Main => Word.MainDocumentPart ?? throw new InvalidOperationException("no main part");

    public W.Body Body => Main.Document.Body ?? throw new InvalidOperationException("no body");

    public static IReadOnlyList<string> Validate(byte[] bytes, FileFormatVersions version)
    {
        using var package = new DocxPackage(bytes);
        return new OpenXmlValidator(version).Validate(package.Word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    public void Dispose()
    {
        Word.Dispose();
        _stream.Dispose();
    }
}
