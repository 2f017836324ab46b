using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Text;
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

    // isUrl: the inlines are a link's text that is its own address (UrlBreaks.IsAddress).
    private static void Append(IReadOnlyList<Inline> inlines, FontFace face, Rgb color, string? link, PdfStyles styles, Hyphenator? hyphenator,
        List<TextSpan> into, bool isUrl = false)
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
                    AddText(new TextSpan(run.Text, styled, color, link, Underline: link is not null && !link.StartsWith('#'))
                        { Hyphenator = hyphenator }, isUrl, into);
                    break;
                case CodeSpan code:
                    // Code in a line takes the code size, as Word's Verbatim Char style gives it wherever it stands.
                    AddText(new TextSpan(code.Text, styles.Mono, color, link), isUrl, into);
                    break;
                case Link l:
                    Append(l.Content, face, styles.LinkColor, l.Target, styles, hyphenator, into,
                        UrlBreaks.IsAddress(InlineText.Plain(l.Content), l.Target));
                    break;
                case FootnoteReference note:
                    // A smaller face raised above the baseline; the span carries the number for the footnote area.
                    var number = note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var mark = styles.Sheet.NoteMark;
                    var markFace = face with { Size = face.Size * mark.Scale };
                    // It links to its footnote (unless it is inside a link of its own), which a reader can follow.
                    into.Add(new TextSpan(number, markFace, color, link ?? "#" + Layout.FootnoteArea.Anchor(note.Number), Rise: face.Size * mark.Rise,
                        Footnote: note.Number));
                    break;
                case LineBreak:
                    into.Add(new TextSpan("\n", face, color));
                    break;
                // Issue 21 (revisions): tags; the PDF shows the accepted text, so inserted text is ordinary and deleted text absent.
                case Tag tag:
                    into.Add(TagSpan(tag, face, link, styles));
                    break;
                case Inserted inserted:
                    Append(inserted.Content, face, color, link, styles, hyphenator, into, isUrl);
                    break;
                case Deleted:
                    break;
                default:
                    throw new InvalidOperationException($"no PDF mapping for inline {inline.GetType().Name}");
            }
        }
    }

    /// <summary>
    /// A tag: its text bold in its tone's colour on the tone's tint, one word padded by a no-break space each side (the
    /// .docx writes the same text, so both measure alike).
    /// </summary>
    public static TextSpan TagSpan(Tag tag, FontFace face, string? link, PdfStyles styles)
    {
        var tags = styles.Theme.Tags;
        return new TextSpan(tag.Padded, face with { Bold = true }, tags.Text(tag.Tone), link) { Background = tags.Background(tag.Tone) };
    }

    /// <summary>
    /// The span, with the URLs in it in spans of their own that break as URLs do: all of it when it is a URL, else those
    /// <see cref="UrlBreaks.Find"/> finds in its text. The .docx marks the same places (Word's InlineWriter).
    /// </summary>
    private static void AddText(TextSpan span, bool isUrl, List<TextSpan> into)
    {
        // URLs are never hyphenated.
        if (isUrl) { into.Add(span with { IsUrl = true, Hyphenator = null }); return; }
        var from = 0;
        foreach (var (start, length) in UrlBreaks.Find(span.Text))
        {
            if (start > from) into.Add(span with { Text = span.Text[from..start] });
            into.Add(span with { Text = span.Text.Substring(start, length), IsUrl = true, Hyphenator = null });
            from = start + length;
        }
        if (from == 0) into.Add(span);
        else if (from < span.Text.Length) into.Add(span with { Text = span.Text[from..] });
    }
}
