using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using ReportForge.Diagnostics;
using ReportForge.Model;
using Inline = ReportForge.Model.Inline;

namespace ReportForge.Markup;

/// <summary>
/// Emphasis with a class of the dialect: <c>**New**{.tag tone=new}</c> is a <see cref="Tag"/>, <c>*after*{.ins}</c>
/// inserted and <c>*before*{.del}</c> deleted text. Markdig attaches generic attributes to the emphasis before them,
/// so the forms need no parser of their own; the emphasis itself adds no style.
/// </summary>
internal static partial class RevisionMarks
{
    private static readonly string[] Classes = ["tag", "ins", "del"];

    /// <summary>The dialect class on the emphasis, or null for ordinary emphasis.</summary>
    public static string? Of(EmphasisInline emphasis)
    {
        if (emphasis.TryGetAttributes()?.Classes is not { Count: > 0 } classes) return null;
        var marks = Classes.Where(classes.Contains).ToList();
        return marks.Count switch
        {
            0 => null,
            1 => marks[0],
            _ => throw new MarkupError(ErrorCodes.RevisionMarkConflict,
                $"one text is marked {string.Join(" and ", marks.Select(m => "." + m))}; a text is a tag, inserted or deleted, one at a time",
                emphasis.Span.Start, emphasis.Line),
        };
    }

    public static Inline Convert(EmphasisInline emphasis, string mark, TextStyle style, ConversionContext context)
    {
        var content = InlineConverter.ConvertChildren(emphasis, style, context);
        // Markdig reads ***x***{.ins} as emphasis in emphasis and gives both the class: the inner one is the same mark.
        if (mark != "tag" && content.Any(i => i is Inserted && mark == "ins" || i is Deleted && mark == "del"))
            content = InlineConverter.Merge([.. content.SelectMany(i => i switch
            {
                Inserted inner => inner.Content,
                Deleted inner => inner.Content,
                _ => [i],
            })]);
        if (content.Any(i => i is Inserted or Deleted))
            throw new MarkupError(ErrorCodes.RevisionMarkConflict,
                $"text marked .{mark} holds inserted or deleted text; mark the before and the after side by side: *old*{{.del}}*new*{{.ins}}",
                emphasis.Span.Start, emphasis.Line);
        return mark switch
        {
            "tag" => Tag(emphasis, content),
            "ins" => new Inserted(content),
            _ => new Deleted(content),
        };
    }

    private static Tag Tag(EmphasisInline emphasis, IReadOnlyList<Inline> content)
    {
        var text = InlineText.Plain(content).Trim();
        if (text.Length == 0)
            throw new MarkupError(ErrorCodes.TagInvalid, "a tag has no text; write the label between the stars: **New**{.tag}",
                emphasis.Span.Start, emphasis.Line);
        var tone = BlockConverter.Attribute(emphasis.TryGetAttributes(), "tone") ?? Model.Tag.DefaultTone;
        if (!ToneName().IsMatch(tone))
            throw new MarkupError(ErrorCodes.TagInvalid,
                $"tone=\"{tone}\" is not a tone name (lower-case letters, digits and hyphens, such as new, updated or held)",
                emphasis.Span.Start, emphasis.Line);
        return new Tag(text, tone);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex ToneName();
}
