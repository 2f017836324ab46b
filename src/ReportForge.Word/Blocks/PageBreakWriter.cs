using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

internal static class PageBreakWriter
{
    public static void Write(List<OpenXmlElement> output) =>
        output.Add(new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })));
}
