using Markdig.Syntax.Inlines;
using ReportForge.Diagnostics;
using ReportForge.Model;
using Inline = ReportForge.Model.Inline;

namespace ReportForge.Markup;

/// <summary>Maps Markdig inlines onto model inlines, folding nested emphasis into styles.</summary>
internal static class InlineConverter
{
    public static IReadOnlyList<Inline> Convert(ContainerInline? container, ConversionContext context)
    {
        var result = new List<Inline>();
        if (container is not null) Append(container, TextStyle.None, result, context);
        return Merge(result);
    }

    /// <summary>The children of <paramref name="container"/> in <paramref name="style"/>, merged.</summary>
    public static IReadOnlyList<Inline> ConvertChildren(ContainerInline container, TextStyle style, ConversionContext context)
    {
        var result = new List<Inline>();
        Append(container, style, result, context);
        return Merge(result);
    }

    private static void Append(ContainerInline container, TextStyle style, List<Inline> into, ConversionContext context)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            AppendOne(inline, style, into, context);
    }

    private static void AppendOne(Markdig.Syntax.Inlines.Inline inline, TextStyle style, List<Inline> into, ConversionContext context)
    {
        switch (inline)
        {
            case LiteralInline literal:
                into.Add(new TextRun(literal.Content.ToString(), style));
                break;
            case EmphasisInline emphasis when RevisionMarks.Of(emphasis) is { } mark:
                into.Add(RevisionMarks.Convert(emphasis, mark, style, context));
                break;
            case EmphasisInline emphasis:
                Append(emphasis, style | StyleOf(emphasis), into, context);
                break;
            case CodeInline code:
                into.Add(new CodeSpan(code.Content));
                break;
            case LinkInline { IsImage: true } image:
                throw new MarkupError(ErrorCodes.MarkupUnsupported, $"an image must stand on a line of its own ('{image.Url}')", image.Span.Start, image.Line);
            case LinkInline link:
            {
                var content = new List<Inline>();
                Append(link, style, content, context);
                if (content.Count == 0) content.Add(new TextRun(link.Url ?? "", style));
                into.Add(new Link(link.Url ?? "", Merge(content)));
                break;
            }
            case AutolinkInline auto:
                into.Add(new Link(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, [new TextRun(auto.Url, style)]));
                break;
            case LineBreakInline lineBreak:
                into.Add(lineBreak.IsHard ? new LineBreak() : new TextRun(" ", style));
                break;
            case HtmlEntityInline entity:
                into.Add(new TextRun(entity.Transcoded.ToString(), style));
                break;
            case HtmlInline html:
                throw new MarkupError(ErrorCodes.MarkupRawHtml, $"raw HTML is not allowed in the markup: '{html.Tag}'; escape the value or drop the tag",
                    html.Span.Start, html.Line);
            case Markdig.Extensions.Footnotes.FootnoteLink { IsBackLink: true }:
                break;
            case Markdig.Extensions.Footnotes.FootnoteLink footnote:
            {
                var label = (footnote.Footnote.Label ?? footnote.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).TrimStart('^');
                if (context.CurrentFootnote is { } citing)
                    throw new MarkupError(ErrorCodes.MarkupFootnoteInFootnote,
                        $"footnote [^{citing}] cites [^{label}]; a footnote cannot cite a footnote", footnote.Span.Start, footnote.Line);
                if (!context.FootnoteNumbers.TryGetValue(label, out var number))
                    context.FootnoteNumbers[label] = number = context.FootnoteNumbers.Count + 1;
                into.Add(new FootnoteReference(label, number));
                break;
            }
            case DelimiterInline delimiter:
                // A delimiter still in the tree matched nothing (`[link [bar](/uri)`): its characters are text.
                into.Add(new TextRun(delimiter.ToLiteral(), style));
                Append(delimiter, style, into, context);
                break;
            case ContainerInline nested:
                Append(nested, style, into, context);
                break;
            default:
                throw new MarkupError(ErrorCodes.MarkupUnsupported, $"the markup uses an inline the document model cannot express ({inline.GetType().Name})",
                    inline.Span.Start, inline.Line);
        }
    }

    private static TextStyle StyleOf(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '~' => TextStyle.Strikethrough,
        _ => emphasis.DelimiterCount >= 2 ? TextStyle.Bold : TextStyle.Italic,
    };

    /// <summary>
    /// Joins neighbouring runs of one style. Markdig splits text at every backslash escape, so a long value with
    /// punctuation arrives as hundreds of thousands of pieces: they are gathered in one builder, not concatenated
    /// pairwise (which copied a 10 MB key point some 200,000 times).
    /// </summary>
    internal static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        var text = new System.Text.StringBuilder();
        TextStyle? style = null;
        void Flush()
        {
            if (style is { } s && text.Length > 0) merged.Add(new TextRun(text.ToString(), s));
            text.Clear();
            style = null;
        }
        foreach (var inline in inlines)
        {
            if (inline is TextRun { Text.Length: 0 }) continue;
            if (inline is TextRun run)
            {
                if (style != run.Style) Flush();
                style = run.Style;
                text.Append(run.Text);
            }
            else
            {
                Flush();
                merged.Add(inline);
            }
        }
        Flush();
        return merged;
    }
}
