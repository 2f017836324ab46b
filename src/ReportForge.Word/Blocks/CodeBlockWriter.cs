using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Word.Inlines;

namespace ReportForge.Word.Blocks;

/// One SourceCode paragraph per line; the style carries the mono font, the background and its padding.
internal static class CodeBlockWriter
{
    public static void Write(CodeBlock code, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var text = code.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.EndsWith('\n'))
            text = text[..^1];
        foreach (var line in text.Split('\n'))
        {
            var p = Paragraphs.New(StyleIds.SourceCode);
            Paragraphs.Indent(p, scope);
            if (line.Length > 0)
                p.Append(TextRuns.Run(line, null));
            output.Add(p);
        }
        output.Add(Paragraphs.Spacer(context.Sheet.CodeGap.After));
    }
}
