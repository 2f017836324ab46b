using System.Text;
using ReportForge.Model;

namespace ReportForge.Word.Inlines;

/// The text of inline content without formatting (column widths, nested links).
internal static class PlainText
{
    public static string Of(IReadOnlyList<Inline> inlines)
    {
        var text = new StringBuilder();
        Append(inlines, text);
        return text.ToString();
    }

    private static void Append(IReadOnlyList<Inline> inlines, StringBuilder text)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run: text.Append(run.Text); break;
                case CodeSpan code: text.Append(code.Text); break;
                case LineBreak: text.Append('\n'); break;
                case Link link: Append(link.Content, text); break;
                case FootnoteReference: break; // a note's mark is not part of the text it follows (TOC entries, link text)
                case Tag tag: text.Append(tag.Text); break;
                case Inserted inserted: Append(inserted.Content, text); break;
                case Deleted: break;
                default: throw new InvalidOperationException($"The Word writer has no handler for inline {inline.GetType().Name}.");
            }
        }
    }
}
