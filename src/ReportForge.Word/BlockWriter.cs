using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Word.Blocks;

namespace ReportForge.Word;

/// Dispatches each block of the closed model set to its handler.
internal static class BlockWriter
{
    public static void Write(Block block, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        // The stage's processor time and memory are checked at each block.
        Runtime.StageBudget.Check();
        var start = output.Count;
        switch (block)
        {
            case Heading heading: HeadingWriter.Write(heading, context, scope, output); break;
            case Model.Paragraph paragraph: ParagraphWriter.Write(paragraph, context, scope, output); break;
            case ListBlock list: ListWriter.Write(list, context, scope, output); break;
            case Model.Table table: TableWriter.Write(table, context, scope, output); break;
            case Quote quote: QuoteWriter.Write(quote, context, scope, output); break;
            case Callout callout: CalloutWriter.Write(callout, context, scope, output); break;
            case KeepTogether keep: KeepTogetherWriter.Write(keep, context, scope, output); break;
            case CodeBlock code: CodeBlockWriter.Write(code, context, scope, output); break;
            case ThematicBreak: ThematicBreakWriter.Write(context, scope, output); break;
            case PageBreak: PageBreakWriter.Write(output); break;
            case Image image: ImageWriter.Write(image, context, scope, output); break;
            case TableOfContents toc: TableOfContentsWriter.Write(toc, context, scope, output); break;
            case Change change: ChangeWriter.Write(change, context, scope, output); break;
            case Chart chart: ChartWriter.Write(chart, context, scope, output); break;
            default: throw new InvalidOperationException($"The Word writer has no handler for block {block.GetType().Name}.");
        }
        PageBreakWriter.Absorb(output, start);
    }

    public static void WriteAll(IEnumerable<Block> blocks, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        foreach (var block in blocks)
            Write(block, context, scope, output);
    }

    /// <summary>The document's own blocks, each recorded as the place the stage has reached (where a budget error points).</summary>
    public static void WriteBody(Document document, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            Runtime.StageBudget.Check(document.OriginOf(i));
            Write(document.Blocks[i], context, scope, output);
        }
    }
}
