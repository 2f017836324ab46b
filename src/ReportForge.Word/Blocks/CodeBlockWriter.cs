using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Text;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// One SourceCode paragraph per line; the style carries the mono font, the background and its padding.
internal static class CodeBlockWriter
{
    public static void Write(CodeBlock code, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var text = TabStops.Expand(code.Text, context.Sheet.CodeTabColumns).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.EndsWith('\n'))
            text = text[..^1];
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var p = Paragraphs.New(StyleIds.SourceCode);
            if (scope.Indent > 0)
            {
                var box = context.Sheet.CodeBox;
                Paragraphs.Properties(p).Indentation = new W.Indentation
                {
                    Left = Units.Text(scope.Indent + Units.Twips(box.Left)),
                    Right = Units.TwipsText(box.Right),
                };
            }
            // The PDF sets a code block as one paragraph: no line alone at the foot (the first keeps with the next) or at the
            // top of a page (the last but one keeps with the last). Word's widow control does not reach across paragraphs.
            if (lines.Length > 1 && (i == 0 || i == lines.Length - 2))
                Paragraphs.Properties(p).KeepNext = new W.KeepNext();
            if (line.Length > 0)
                p.Append(TextRuns.Run(line, null));
            output.Add(p);
        }
        output.Add(Paragraphs.Spacer(context.Sheet.CodeGap.After));
    }
}
