using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Inlines;

/// Builds w:r elements from plain text: tabs become w:tab, line feeds w:br, spaces are preserved,
/// and characters XML cannot carry become U+FFFD.
internal static class TextRuns
{
    public static W.Run Run(string text, W.RunProperties? properties)
    {
        var run = new W.Run();
        if (properties is not null)
            run.Append(properties);
        var segment = new StringBuilder();
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (c is '\t' or '\n' or '\r')
            {
                Flush(run, segment);
                run.Append(c == '\t' ? new W.TabChar() : new W.Break());
            }
            else
            {
                segment.Append(XmlChar(c));
            }
        }
        Flush(run, segment);
        return run;
    }

    public static W.Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static void Flush(W.Run run, StringBuilder segment)
    {
        if (segment.Length == 0)
            return;
        run.Append(Text(segment.ToString()));
        segment.Clear();
    }

    private static char XmlChar(char c) => XmlText.IsInvalid(c) ? '\uFFFD' : c;
}
