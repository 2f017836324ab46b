namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// A piece of a line as the line breaker finds it, in logical order: a word or part of one, or a space, in one span's
/// style, measured; <paramref name="Start"/> is where its text begins in the paragraph's text (for its bidi levels).
/// </summary>
internal sealed record LinePiece(TextSpan Span, string Text, double Width, bool IsSpace, int Start);
