using ReportForge.Markup;
using ReportForge.Notes;
using ReportForge.Pdf;
using ReportForge.Pdf.Canvas;
using ReportForge.Templating;

// ReportForge.Floor pages.log -o floor.pdf [--untagged]: PDFsharp drawing and writing our own pages, pre-positioned,
// with our reproducibility fixes; what `reportforge render` costs above this is the layout engine's own cost.
// ReportForge.Floor --compare notes.json TEMPLATE-FOLDER [ROUNDS] [--only ours|floor]: both in this one process,
// compiled and collected as the CLI is: the PDF stage (both layout passes, drawing, saving) against replaying its
// drawing, round by round. --only runs one side, for counting instructions (valgrind --tool=cachegrind): the count
// with ROUNDS 0 is what both share (the notes, the template, the markup, the recording).
if (args is ["--compare", var notesPath, var templateFolder, .. var rest])
{
    var rounds = rest is [var n, ..] && int.TryParse(n, out var parsed) ? parsed : 15;
    var only = rest is [.., "--only", var side] ? side : null;
    if (only is not (null or "ours" or "floor")) return Usage($"--only takes ours or floor, not '{only}'");
    return Compare(notesPath, templateFolder, rounds, only);
}

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
using (var reader = CanvasLogReader.Open(log)) pdf = reader.ReplayAsPdf(tagged);
File.WriteAllBytes(output, pdf);
return 0;

static int Usage(string why)
{
    Console.Error.WriteLine($"floor: {why}\nusage: ReportForge.Floor pages.log -o floor.pdf [--untagged]\n       ReportForge.Floor --compare notes.json TEMPLATE-FOLDER [ROUNDS] [--only ours|floor]");
    return 2;
}

// Each side starts from a collected heap and they take turns going first, so neither pays for the other's garbage
// or always finds the caches warm. The median of the rounds' ratios is the figure: on a shared machine a round's
// two sides see much the same load, while single times wander by a third.
static int Compare(string notesPath, string templateFolder, int rounds, string? only)
{
    var package = TemplatePackage.Load(new DirectoryTemplateSource(templateFolder)).Value;
    var notes = NotesDocument.Parse(File.ReadAllBytes(notesPath), notesPath).Value;
    var markup = TemplateRenderer.Render(package, notes, "OFFICIAL", new RenderOptions()).Value;
    var document = MarkupConverter.Convert(markup, path => package.Source.Read(path, ReportForge.IO.ReadLimit.Image)).Value;
    var recording = new CanvasLogWriter(document.Metadata, pdfA: false);
    PdfReportWriter.Write(document, package.Theme, new PdfWriterOptions { DrawingCanvas = pdf => new TeeCanvas(pdf, recording) });
    using var recorded = new MemoryStream();
    recording.Save(recorded);

    var ours = new List<double>();
    var floor = new List<double>();
    var ratios = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        byte[] written = [], replayed = [];
        double Ours() => Cpu(() => written = PdfReportWriter.Write(document, package.Theme).Value.Bytes);
        double Floor() => Cpu(() =>
        {
            recorded.Position = 0;
            using var reader = new CanvasLogReader(recorded, leaveOpen: true);
            replayed = reader.ReplayAsPdf(tagged: true);
        });
        if (only is not null)
        {
            var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var cpu = only == "ours" ? Ours() : Floor();
            // Less the full collection before the side.
            Console.WriteLine($"round {round + 1,2}: {(only == "ours" ? "PDF stage" : "floor")} {cpu,6:0} ms CPU, collections gen0 {GC.CollectionCount(0) - gen0 - 1} gen1 {GC.CollectionCount(1) - gen1 - 1} gen2 {GC.CollectionCount(2) - gen2 - 1}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms");
            continue;
        }
        var (a, b) = round % 2 == 0 ? (Ours(), Floor()) : Swap(Floor(), Ours());
        if (!written.AsSpan().SequenceEqual(replayed)) throw new InvalidOperationException("the replayed PDF differs from the written one");
        ours.Add(a);
        floor.Add(b);
        ratios.Add(a / b);
        Console.WriteLine($"round {round + 1,2}: PDF stage {a,6:0} ms CPU   floor {b,6:0} ms CPU   {a / b:0.00}x");
    }
    if (only is not null) return 0;
    Console.WriteLine($"median: PDF stage {Median(ours):0} ms, floor {Median(floor):0} ms; median of the rounds' ratios {Median(ratios):0.00}x (least {ratios.Min():0.00}x, most {ratios.Max():0.00}x)");
    return 0;

    static (double, double) Swap(double first, double second) => (second, first);
    static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    static double Cpu(Action action)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var start = Environment.CpuUsage.TotalTime;
        action();
        return (Environment.CpuUsage.TotalTime - start).TotalMilliseconds;
    }
}
