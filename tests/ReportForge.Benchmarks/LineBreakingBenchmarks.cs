using BenchmarkDotNet.Attributes;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Notes;
using ReportForge.Pdf;
using ReportForge.Templating;
using ReportForge.Theming;

namespace ReportForge.Benchmarks;

/// <summary>
/// Line breaking's share of a layout (issue 19): the 40-talk briefing laid out justified (where a total-fit breaker
/// works; greedy first fit before it) and, as the control, the same document left-aligned. Justified minus left is what
/// justified breaking costs; run it before and after a breaker change with <c>--filter '*LineBreaking*'</c>.
/// </summary>
[MemoryDiagnoser]
public class LineBreakingBenchmarks
{
    private Document _document = null!;
    private Theme _justified = null!;
    private Theme _left = null!;

    /// <summary>Generated notes in the shipped shape; 40 talks is the case the issue measures word spaces on.</summary>
    [Params(40)]
    public int Talks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = StageBenchmarks.FindRoot();
        var package = TemplatePackage.Load(new DirectoryTemplateSource(Path.Combine(root, "templates", "daily-briefing"))).Value;
        var notes = NotesDocument.Parse(LargeNotes.Generate(Talks), "notes.json").Value;
        var markup = TemplateRenderer.Render(package, notes, "OFFICIAL", new RenderOptions()).Value;
        _document = MarkupConverter.Convert(markup).Value;
        // The same theme twice, one difference: how body paragraphs are aligned.
        _justified = package.Theme;
        _justified.TextAlign = TextAlign.Justify;
        _left = TemplatePackage.Load(new DirectoryTemplateSource(Path.Combine(root, "templates", "daily-briefing"))).Value.Theme;
        _left.TextAlign = TextAlign.Left;
    }

    /// <summary>The layout pass alone (no drawing, no saving), justified: what a breaker change moves.</summary>
    [Benchmark(Baseline = true)]
    public int LayoutJustified() => PdfReportWriter.Layout(_document, _justified).Value.PageCount;

    /// <summary>The same layout, ragged right: the control.</summary>
    [Benchmark]
    public int LayoutLeft() => PdfReportWriter.Layout(_document, _left).Value.PageCount;

    /// <summary>The whole PDF stage, justified: both passes, drawing and saving.</summary>
    [Benchmark]
    public int PdfJustified() => PdfReportWriter.Write(_document, _justified).Value.Bytes.Length;
}
