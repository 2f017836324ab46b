using ReportForge.Pdf;
using ReportForge.Pdf.Canvas;

// ReportForge.Floor pages.log -o floor.pdf [--untagged]: PDFsharp drawing and writing our own pages, pre-positioned,
// with our reproducibility fixes; what `reportforge render` costs above this is the layout engine's own cost.
string? log = null, output = null;
var tagged = true;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "-o" or "--output" && i + 1 < args.Length) output = args[++i];
    else if (args[i] == "--untagged") tagged = false;
    else if (log is null && !args[i].StartsWith('-')) log = args[i];
    else return Usage($"unexpected argument '{args[i]}'");
}
if (log is null || output is null) return Usage("a log and -o are required");

byte[] pdf;
using (var reader = CanvasLogReader.Open(log)) pdf = PdfReportWriter.Replay(reader, tagged);
File.WriteAllBytes(output, pdf);
return 0;

static int Usage(string why)
{
    Console.Error.WriteLine($"floor: {why}\nusage: ReportForge.Floor pages.log -o floor.pdf [--untagged]");
    return 2;
}
