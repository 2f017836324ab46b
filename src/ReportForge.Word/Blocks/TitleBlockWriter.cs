using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// The title block from the document's metadata, as the PDF sets it: Title, Subtitle, then the date and
/// author over an accent rule.
internal static class TitleBlockWriter
{
    public static void Write(DocumentMetadata metadata, WordContext context, List<OpenXmlElement> into)
    {
        var title = Paragraphs.New(StyleIds.Title);
        Paragraphs.Direction(title, metadata.Title);
        title.Append(TextRuns.Run(metadata.Title, null));
        into.Add(title);

        if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
        {
            var subtitle = Paragraphs.New(StyleIds.Subtitle);
            Paragraphs.Direction(subtitle, metadata.Subtitle);
            subtitle.Append(TextRuns.Run(metadata.Subtitle, null));
            into.Add(subtitle);
        }

        var byline = string.Join("  ·  ", new[] { metadata.DisplayDate, metadata.Author }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var line = Paragraphs.New(null);
        Paragraphs.Direction(line, byline);
        var properties = Paragraphs.Properties(line);
        properties.KeepNext = new W.KeepNext();
        properties.ParagraphBorders = new W.ParagraphBorders(new W.BottomBorder
        {
            Val = W.BorderValues.Single,
            Size = 10,
            Space = 6,
            Color = Units.Color(context.Theme.Colors.Accent),
        });
        properties.SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = Units.TwipsText(context.Theme.Spacing.HeadingBefore) };
        if (byline.Length > 0)
        {
            var runProperties = new W.RunProperties(
                new W.Color { Val = Units.Color(context.Theme.Colors.Muted) },
                new W.FontSize { Val = Units.HalfPoints(context.Theme.Sizes.Body - 0.5) });
            line.Append(TextRuns.Run(byline, runProperties));
        }
        into.Add(line);
    }
}
