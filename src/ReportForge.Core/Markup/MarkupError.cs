using ReportForge.Diagnostics;

namespace ReportForge.Markup;

/// <summary>Thrown inside the converter to stop at the first construct the model cannot express; turned into a diagnostic at the boundary.</summary>
internal sealed class MarkupError(string code, string message, int markupOffset, int markupLine) : Exception(message)
{
    public string Code { get; } = code;
    public int MarkupOffset { get; } = markupOffset;
    public int MarkupLine { get; } = markupLine;

    public Diagnostic ToDiagnostic(Func<int, SourceLocation?> locate, string markupName)
    {
        var location = locate(MarkupOffset) ?? new SourceLocation(markupName, MarkupLine + 1, 1);
        return new Diagnostic(Code, Severity.Error, $"{Message} (markup line {MarkupLine + 1})", location);
    }
}
