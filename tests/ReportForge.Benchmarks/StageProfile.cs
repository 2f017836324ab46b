using System.Diagnostics;
using ReportForge.Markup;
using ReportForge.Notes;
using ReportForge.Pdf;
using ReportForge.Pdf.Canvas;
using ReportForge.Templating;
using ReportForge.Word;

namespace ReportForge.Benchmarks;

/// <summary>One timed run of each stage on generated notes: a quick look at where the time goes.</summary>
public static class StageProfile
{
    public static void Run(int talks)
    {
        var root = RepositoryRoot();
        // Wall time, the process's CPU time and bytes allocated (the template renders on its own thread): on a shared machine the last two barely move
        // with the load, so they show what a change bought when the wall clock is noisy.
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        void Lap(string stage)
        {
            var nowCpu = Environment.CpuUsage.TotalTime;
            var nowAllocated = GC.GetTotalAllocatedBytes(precise: true);
            // The heap as the last collection left it and the process's peak resident set so far: which stage makes the peak.
            var heap = GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0;
            var peak = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
            Console.WriteLine($"{stage,-24} {clock.ElapsedMilliseconds,7} ms  cpu {(nowCpu - cpu).TotalMilliseconds,7:0} ms  {(nowAllocated - allocated) / 1048576.0,8:0.0} MiB  gen0 {GC.CollectionCount(0) - collections,4}  heap {heap,6:0} MiB  peak RSS {peak,6:0} MiB");
            clock.Restart();
            cpu = nowCpu;
            allocated = nowAllocated;
            collections = GC.CollectionCount(0);
        }

        if (Environment.GetEnvironmentVariable("RF_SAMPLE") is not null)
        {
            var sampler = new Thread(() =>
            {
                while (true)
                {
                    var info = GC.GetGCMemoryInfo();
                    var gens = string.Join(" ", info.GenerationInfo.ToArray().Select(g => $"{g.SizeAfterBytes / 1048576.0:0}"));
                    Console.Error.WriteLine($"t {clock.ElapsedMilliseconds} committed {info.TotalCommittedBytes / 1048576.0:0} heap {info.HeapSizeBytes / 1048576.0:0} frag {info.FragmentedBytes / 1048576.0:0} gens[{gens}] rss {Environment.WorkingSet / 1048576.0:0} gen0 {GC.CollectionCount(0)} gen2 {GC.CollectionCount(2)}");
                    Thread.Sleep(100);
                }
            }) { IsBackground = true };
            sampler.Start();
        }
        var package = TemplatePackage.Load(new DirectoryTemplateSource(Path.Combine(root, "templates", "daily-briefing"))).Value;
        var bytes = LargeNotes.Generate(talks);
        Lap("load template");
        var notes = NotesDocument.Parse(bytes, "notes.json").Value;
        Lap("notes");
        package.Schema.Validate(notes);
        Lap("schema");
        var markup = TemplateRenderer.Render(package, notes, "OFFICIAL", new RenderOptions()).Value;
        Lap("scriban");
        var document = MarkupConverter.Convert(markup, path => package.Source.Read(path, ReportForge.IO.ReadLimit.Image)).Value;
        Lap("markup → model");
        var layout = PdfReportWriter.Layout(document, package.Theme).Value;
        Lap($"layout ({layout.PageCount} pages)");
        var pdf = PdfReportWriter.Write(document, package.Theme).Value;
        Lap($"pdf write ({pdf.Bytes.Length / 1024} KiB)");
        var docx = DocxWriter.Write(document, package.Theme);
        Lap($"docx ({docx.Length / 1024} KiB)");
    }

    /// <summary>
    /// The PDF stage alone, <paramref name="runs"/> times on one document: the median of the runs' ratios (and the least CPU
    /// time of each side) are the figures to compare.
    /// Each run also replays the drawing pass onto PDFsharp with no layout (the floor of bench/floor, in this process):
    /// the PDF stage over the floor is the layout engine's own cost, without notes, template and markup in front.
    /// </summary>
    public static void RunPdf(int talks, int runs)
    {
        var root = RepositoryRoot();
        var package = TemplatePackage.Load(new DirectoryTemplateSource(Path.Combine(root, "templates", "daily-briefing"))).Value;
        var notes = NotesDocument.Parse(LargeNotes.Generate(talks), "notes.json").Value;
        var markup = TemplateRenderer.Render(package, notes, "OFFICIAL", new RenderOptions()).Value;
        var document = MarkupConverter.Convert(markup, path => package.Source.Read(path, ReportForge.IO.ReadLimit.Image)).Value;
        var log = new CanvasLogWriter(document.Metadata, pdfA: false);
        PdfReportWriter.Write(document, package.Theme, new PdfWriterOptions { DrawingCanvas = pdf => new TeeCanvas(pdf, log) });
        using var recorded = new MemoryStream();
        log.Save(recorded);

        var best = (Pdf: double.MaxValue, Floor: double.MaxValue);
        var ratios = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            // Each side starts from the same collected heap, and they take turns going first: neither pays for the
            // other's garbage or always runs on a warmer cache.
            (double Cpu, double Allocated, byte[] Bytes, int Pages) Pdf()
            {
                var (cpu, allocated) = Start();
                var pdf = PdfReportWriter.Write(document, package.Theme).Value;
                return (Cpu(cpu), Allocated(allocated), pdf.Bytes, pdf.Layout.PageCount);
            }
            (double Cpu, double Allocated, byte[] Bytes) Floor()
            {
                recorded.Position = 0;
                using var reader = new CanvasLogReader(recorded, leaveOpen: true);
                var (cpu, allocated) = Start();
                var bytes = reader.ReplayAsPdf(tagged: true);
                return (Cpu(cpu), Allocated(allocated), bytes);
            }
            (double Cpu, double Allocated, byte[] Bytes, int Pages) pdf;
            (double Cpu, double Allocated, byte[] Bytes) floor;
            if (run % 2 == 0) { pdf = Pdf(); floor = Floor(); }
            else { floor = Floor(); pdf = Pdf(); }
            if (!floor.Bytes.AsSpan().SequenceEqual(pdf.Bytes)) throw new InvalidOperationException("the replayed PDF differs from the written one");

            best = (Math.Min(best.Pdf, pdf.Cpu), Math.Min(best.Floor, floor.Cpu));
            ratios.Add(pdf.Cpu / floor.Cpu);
            Console.WriteLine($"run {run + 1}: pdf stage cpu {pdf.Cpu,6:0} ms {pdf.Allocated,7:0.0} MiB   floor cpu {floor.Cpu,6:0} ms {floor.Allocated,7:0.0} MiB   {pdf.Cpu / floor.Cpu:0.00}x   {pdf.Pages} pages {pdf.Bytes.Length / 1024} KiB");
        }
        ratios.Sort();
        Console.WriteLine($"least: pdf stage {best.Pdf:0} ms, floor {best.Floor:0} ms, layout engine's cost {best.Pdf / best.Floor:0.00}x the floor; median of the runs' ratios {ratios[ratios.Count / 2]:0.00}x");

        static (TimeSpan Cpu, long Allocated) Start()
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            return (Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(precise: true));
        }
        static double Cpu(TimeSpan start) => (Environment.CpuUsage.TotalTime - start).TotalMilliseconds;
        static double Allocated(long start) => (GC.GetTotalAllocatedBytes(precise: true) - start) / 1048576.0;
    }

    // The repository holding the templates: above the current folder, else above the binary (a copy built elsewhere).
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "ReportForge.sln"))) return dir;
            }
        }
        throw new InvalidOperationException("run from inside the repository: ReportForge.sln not found");
    }
}
