using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
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
        properties.SuppressAutoHyphens = new W.SuppressAutoHyphens();
        // The rule is the line's bottom border, centred in the rule's height: Word counts a border's space in whole points.
        var sheet = context.Sheet;
        var rule = sheet.TitleRule;
        var space = rule.Above;
        properties.ParagraphBorders = new W.ParagraphBorders(new W.BottomBorder
        {
            Val = W.BorderValues.Single,
            Size = Units.EighthPoints(rule.Thickness),
            Space = (uint)space,
            Color = Units.Color(rule.Color),
        });
        properties.SpacingBetweenLines = StylesPart.Spacing(Gap.Of(0, rule.Height - space - rule.Thickness), sheet.Byline);
        if (byline.Length > 0)
        {
            var runProperties = new W.RunProperties(
                new W.Color { Val = Units.Color(sheet.Byline.Color) },
                new W.FontSize { Val = Units.HalfPoints(sheet.Byline.Size) });
            line.Append(TextRuns.Run(byline, runProperties));
        }
        into.Add(line);
    }
}
