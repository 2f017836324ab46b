using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Text.Hyphenation;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

/// <summary>Turns model inlines into styled spans for the line breaker.</summary>
internal static class InlineSpans
{
    /// <summary>The spans of <paramref name="inlines"/>; text runs carry <paramref name="hyphenator"/>, code does not.</summary>
    public static List<TextSpan> From(IReadOnlyList<Inline> inlines, FontFace face, Rgb color, PdfStyles styles, Hyphenator? hyphenator = null)
    {
        var spans = new List<TextSpan>();
        Append(inlines, face, color, null, styles, hyphenator, spans);
        return spans;
    }

    private static void Append(IReadOnlyList<Inline> inlines, FontFace face, Rgb color, string? link, PdfStyles styles, Hyphenator? hyphenator,
        List<TextSpan> into)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    var styled = face with
                    {
                        Bold = face.Bold || run.Style.HasFlag(TextStyle.Bold),
                        Italic = face.Italic || run.Style.HasFlag(TextStyle.Italic),
                    };
                    into.Add(new TextSpan(run.Text, styled, color, link, Underline: link is not null && !link.StartsWith('#')) { Hyphenator = hyphenator });
                    break;
                case CodeSpan code:
                    // Code in a line takes the code size, as Word's Verbatim Char style gives it wherever it stands.
                    into.Add(new TextSpan(code.Text, styles.Mono, color, link));
                    break;
                case Link l:
                    Append(l.Content, face, styles.LinkColor, l.Target, styles, hyphenator, into);
                    break;
                case FootnoteReference note:
                    // A smaller face raised above the baseline; the span carries the number for the footnote area.
                    var number = note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var mark = styles.Sheet.NoteMark;
                    var markFace = face with { Size = face.Size * mark.Scale };
                    into.Add(new TextSpan(number, markFace, color, link, Rise: face.Size * mark.Rise, Footnote: note.Number));
                    break;
                case LineBreak:
                    into.Add(new TextSpan("\n", face, color));
                    break;
                default:
                    throw new InvalidOperationException($"no PDF mapping for inline {inline.GetType().Name}");
            }
        }
    }
}
