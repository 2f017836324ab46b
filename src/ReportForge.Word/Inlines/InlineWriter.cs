using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Inlines;

/// Writes inline content as runs and hyperlinks. <c>forced</c> adds styles to every run (bold table headers).
internal static class InlineWriter
{
    public static IEnumerable<OpenXmlElement> Write(IReadOnlyList<Inline> inlines, WordContext context, TextStyle forced = TextStyle.None)
    {
        var output = new List<OpenXmlElement>();
        foreach (var inline in inlines)
            Write(inline, context, forced, null, output, isUrl: false);
        return output;
    }

    // isUrl: the inline is part of a link's text that is its own address (UrlBreaks.IsAddress).
    private static void Write(Inline inline, WordContext context, TextStyle forced, string? characterStyle, List<OpenXmlElement> output, bool isUrl)
    {
        switch (inline)
        {
            case TextRun text:
                // Addresses are set apart (never hyphenated); URLs get their break chances; Indic text its script's font.
                foreach (var (piece, isAddress) in Unhyphenated.HasAddress(text.Text) ? Unhyphenated.Split(text.Text) : [(text.Text, false)])
                {
                    var properties = ScriptFonts.Apply(piece, Properties(text.Style | forced, characterStyle), context.Theme);
                    output.Add(TextRuns.Run(UrlBreaks.Mark(piece, isUrl), isAddress ? Unhyphenated.Mark(properties) : properties));
                }
                break;
            case CodeSpan code:
                output.Add(TextRuns.Run(UrlBreaks.Mark(code.Text, isUrl), Properties(forced, StyleIds.VerbatimChar)));
                break;
            case LineBreak:
                output.Add(new W.Run(new W.Break()));
                break;
            case Link link:
                WriteLink(link, context, forced, output);
                break;
            case FootnoteReference footnote:
                output.Add(new W.Run(
                    new W.RunProperties(new W.RunStyle { Val = StyleIds.FootnoteReference }),
                    new W.FootnoteReference { Id = footnote.Number }));
                break;
            // Issue 21 (revisions): tags and inline revisions.
            case Tag tag:
                output.Add(TagRun(tag, context, forced, characterStyle));
                break;
            case Inserted inserted when context.Tracked is { } tracked:
                output.AddRange(tracked.Inline(Written(inserted.Content, context, forced, characterStyle, isUrl), inserted: true));
                break;
            case Inserted inserted:
                foreach (var inner in inserted.Content) Write(inner, context, forced, characterStyle, output, isUrl);
                break;
            case Deleted deleted when context.Tracked is { } tracked:
                output.AddRange(tracked.Inline(Written(deleted.Content, context, forced, characterStyle, isUrl), inserted: false));
                break;
            case Deleted:
                break; // the accepted text
            default:
                throw new InvalidOperationException($"The Word writer has no handler for inline {inline.GetType().Name}.");
        }
    }

    private static void WriteLink(Link link, WordContext context, TextStyle forced, List<OpenXmlElement> output)
    {
        var runs = new List<OpenXmlElement>();
        // LibreOffice breaks lines by the Unicode rules, which allow few breaks in a URL: a zero-width space after each
        // place the PDF may break gives it the same chances. The hyperlink's target stays as written.
        var isUrl = UrlBreaks.IsAddress(InlineText.Plain(link.Content), link.Target);
        foreach (var inline in link.Content)
        {
            // A link inside a link cannot be expressed; its text stays.
            var inner = inline is Link nested ? new TextRun(PlainText.Of(nested.Content)) : inline;
            Write(inner, context, forced, StyleIds.Hyperlink, runs, isUrl);
        }

        W.Hyperlink hyperlink;
        if (link.IsInternal)
        {
            hyperlink = new W.Hyperlink { Anchor = BookmarkNames.For(link.Target[1..]) };
        }
        else if (Uri.TryCreate(link.Target, UriKind.RelativeOrAbsolute, out var uri))
        {
            hyperlink = new W.Hyperlink { Id = context.ExternalLinkId(uri) };
        }
        else
        {
            output.AddRange(runs);
            return;
        }
        hyperlink.History = OnOffValue.FromBoolean(true);
        foreach (var run in runs.OfType<W.Run>())
            LinkLook(run, context, link.IsInternal);
        hyperlink.Append(runs);
        output.Add(hyperlink);
    }

    /// The link colour also directly on the run: LibreOffice applies a table style's text colour over the Hyperlink
    /// character style, which left links in table cells black. Internal links are not underlined, as in the PDF.
    private static void LinkLook(W.Run run, WordContext context, bool isInternal)
    {
        var properties = run.RunProperties ??= new W.RunProperties();
        properties.Color = new W.Color { Val = Units.Color(context.Theme.Colors.Link) };
        if (isInternal)
            properties.Underline = new W.Underline { Val = W.UnderlineValues.None };
    }

    private static List<OpenXmlElement> Written(IReadOnlyList<Inline> inlines, WordContext context, TextStyle forced, string? characterStyle, bool isUrl)
    {
        var written = new List<OpenXmlElement>();
        foreach (var inline in inlines) Write(inline, context, forced, characterStyle, written, isUrl);
        return written;
    }

    /// A tag: bold, in its tone's colour, shaded with the tone's tint (the PDF's colours and characters).
    private static W.Run TagRun(Tag tag, WordContext context, TextStyle forced, string? characterStyle)
    {
        var properties = Properties(forced | TextStyle.Bold, characterStyle)!;
        properties.Color = new W.Color { Val = Units.Color(context.Theme.Tags.Text(tag.Tone)) };
        properties.Shading = new W.Shading
        {
            Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = Units.Color(context.Theme.Tags.Background(tag.Tone)),
        };
        return TextRuns.Run(tag.Padded, properties);
    }

    public static W.RunProperties? Properties(TextStyle style, string? characterStyle)
    {
        if (style == TextStyle.None && characterStyle is null)
            return null;
        var properties = new W.RunProperties();
        if (characterStyle is not null)
            properties.RunStyle = new W.RunStyle { Val = characterStyle };
        if (style.HasFlag(TextStyle.Bold))
            properties.Bold = new W.Bold();
        if (style.HasFlag(TextStyle.Italic))
            properties.Italic = new W.Italic();
        if (style.HasFlag(TextStyle.Strikethrough))
            properties.Strike = new W.Strike();
        return properties;
    }
}
