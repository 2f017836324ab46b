using DocumentFormat.OpenXml;
using ReportForge.Model;

namespace ReportForge.Word.Blocks;

/// A changed part. Without tracked changes its blocks are written as usual and a removed part is left out (the
/// document shows the accepted state, as the PDF does). With them, an added part's blocks are inserted revisions and a
/// removed part's deleted ones; an updated part's blocks are as usual (its inserted and deleted text are the revisions).
internal static class ChangeWriter
{
    public static void Write(Change change, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        if (context.Tracked is not { } tracked || change.Kind == ChangeKind.Updated)
        {
            BlockWriter.WriteAll(change.Accepted, context, scope, output);
            return;
        }
        var blocks = new List<OpenXmlElement>();
        BlockWriter.WriteAll(change.Blocks, context, scope, blocks);
        tracked.Blocks(blocks, inserted: change.Kind == ChangeKind.Added);
        output.AddRange(blocks);
    }
}
