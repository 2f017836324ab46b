using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A heading in Word's HeadingN style, wrapped in a bookmark named after its anchor so internal links land.
internal static class HeadingWriter
{
    public static void Write(Heading heading, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var p = Paragraphs.New(StyleIds.Heading(heading.Level));
        Paragraphs.Indent(p, scope);
        Paragraphs.Direction(p, heading.Content);
        var id = Units.Text(context.NextBookmarkId());
        p.Append(new W.BookmarkStart { Id = id, Name = BookmarkNames.For(heading.Anchor) });
        p.Append(InlineWriter.Write(heading.Content, context));
        p.Append(new W.BookmarkEnd { Id = id });
        output.Add(p);
    }
}
