using DocumentFormat.OpenXml;
using ReportForge.Model;

namespace ReportForge.Word.Blocks;

/// A changed part. Without tracked changes its blocks are written as usual and a removed part is left out (the
/// document shows the accepted state, as the PDF does).
internal static class ChangeWriter
{
    public static void Write(Change change, WordContext context, BlockScope scope, List<OpenXmlElement> output) =>
        BlockWriter.WriteAll(change.Accepted, context, scope, output);
}
