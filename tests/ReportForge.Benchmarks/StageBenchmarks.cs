using BenchmarkDotNet.Attributes;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Notes;
using ReportForge.Pdf;
using ReportForge.Templating;
using ReportForge.Word;

namespace ReportForge.Benchmarks;

/// <summary>Each stage on its own, on the sample notes (0 talks = the sample) and on generated notes.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private TemplatePackage _package = null!;
    private byte[] _notesBytes = null!;
    private NotesDocument _notes = null!;
    private RenderedMarkup _markup = null!;
    private Document _document = null!;

    /// <summary>0 is the shipped sample; otherwise generated notes with that many talks.</summary>
    [Params(0, 10, 100)]
    public int Talks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _package = TemplatePackage.Load(new DirectoryTemplateSource(Path.Combine(root, "templates", "daily-briefing"))).Value;
        _notesBytes = Talks == 0 ? File.ReadAllBytes(Path.Combine(root, "input", "talks-2022-01-11.json")) : LargeNotes.Generate(Talks);
        _notes = NotesDocument.Parse(_notesBytes, "notes.json").Value;
        _markup = TemplateRenderer.Render(_package, _notes, "OFFICIAL", new RenderOptions()).Value;
        _document = MarkupConverter.Convert(_markup).Value;
    }

    [Benchmark]
    public int LoadAndValidate()
    {
        var notes = NotesDocument.Parse(_notesBytes, "notes.json").Value;
        return _package.Schema.Validate(notes).Count;
    }

    [Benchmark]
    public int ScribanRender() => TemplateRenderer.Render(_package, _notes, "OFFICIAL", new RenderOptions()).Value.Markup.Length;

    [Benchmark]
    public int MarkupToModel() => MarkupConverter.Convert(_markup).Value.Blocks.Count;

    [Benchmark]
    public int PdfLayoutAndWrite() => PdfReportWriter.Write(_document, _package.Theme).Value.Bytes.Length;

    [Benchmark]
    public int DocxWrite() => DocxWriter.Write(_document, _package.Theme).Length;

    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportForge.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("run from inside the repository");
    }
}
