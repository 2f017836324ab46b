using ReportForge.Model;

namespace ReportForge.Pdf.Canvas;

/// <summary>
/// A drawing pass recorded call by call (<see cref="CanvasLogWriter"/>) and replayed (<see cref="CanvasLogReader"/>):
/// the floor benchmark draws our own pages through PDFsharp without our layout. Coordinates are page coordinates,
/// so a replay makes no <c>Translate</c> calls and adds each to a zero offset, which leaves every double as it was.
/// </summary>
/// <remarks>
/// The file: magic and version, the header (<see cref="CanvasLogHeader"/>), then one op code per call with its
/// arguments, then <see cref="CanvasOp.End"/>. Strings, faces and images are numbered in order of first use and
/// written in full there; a string's first use also says whether it comes again, so a reader keeps only those.
/// </remarks>
internal static class CanvasLog
{
    public static ReadOnlySpan<byte> Magic => "RFCANVAS"u8;
    public const int Version = 4;
}

/// <summary>What saving the replayed document needs besides the drawing: its metadata, PDF/A, the page count.</summary>
internal sealed record CanvasLogHeader(DocumentMetadata Metadata, bool PdfA, int PageCount);

/// <summary>One recorded call.</summary>
internal enum CanvasOp : byte
{
    End,
    BeginPage,
    EndPage,
    DrawText,
    DrawRotatedText,
    DrawImage,
    FillRectangle,
    DrawLine,
    AddLink,
    BeginLink,
    EndLink,
    AddAnchor,
    AddOutline,
    BeginStructure,
    EndStructure,
    BeginArtifact,
    EndArtifact,
    SetLetterSpacing,
    ContinueStructure,
    DrawPath,
    DrawPolygon,
    DrawArc,
}
