using ReportForge.Diagnostics;

namespace ReportForge.Fuzz;

/// <summary>
/// The notes and theme fuzzing targets: input bytes written as the notes, or as the theme of a small template
/// (<c>tests/Corpus/_base</c>, copied beside the harness), and the whole pipeline run to PDF and DOCX. Errors that name
/// their file are the right answer to bad input; an exception, an internal error (RF1999) or an error that names no
/// file is a crash, thrown for the fuzzer to keep. Each instance owns a temporary folder; it is not thread-safe.
/// </summary>
public sealed class PipelineHarness : IDisposable
{
    private readonly string _work;
    private readonly string _template;
    private readonly string _notes;
    private readonly string _baseTheme;

    /// <param name="baseFolder">The corpus's base case: <c>notes.json</c> and <c>template/</c> (default: <c>base/</c> beside the harness).</param>
    public PipelineHarness(string? baseFolder = null)
    {
        var source = baseFolder ?? Path.Combine(AppContext.BaseDirectory, "base");
        _work = Path.Combine(Path.GetTempPath(), "rf-fuzz-" + Guid.NewGuid().ToString("N")[..12]);
        _template = Path.Combine(_work, "template");
        Directory.CreateDirectory(_template);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "template")))
            File.Copy(file, Path.Combine(_template, Path.GetFileName(file)));
        _notes = Path.Combine(_work, "notes.json");
        File.Copy(Path.Combine(source, "notes.json"), _notes);
        _baseTheme = File.ReadAllText(Path.Combine(_template, "theme.json"));
    }

    /// <summary>The bytes as the notes, through the base template.</summary>
    public void RunNotes(ReadOnlySpan<byte> input)
    {
        var notes = Path.Combine(_work, "fuzz-notes.json");
        File.WriteAllBytes(notes, input.ToArray());
        File.WriteAllText(Path.Combine(_template, "theme.json"), _baseTheme);
        Render(notes);
    }

    /// <summary>The bytes as the base template's theme.json, with the base notes.</summary>
    public void RunTheme(ReadOnlySpan<byte> input)
    {
        File.WriteAllBytes(Path.Combine(_template, "theme.json"), input.ToArray());
        Render(_notes);
    }

    private void Render(string notes)
    {
        var output = Path.Combine(_work, "out");
        var result = ReportEngine.Render(new ReportRequest
        {
            NotesPath = notes,
            Template = _template,
            Formats = ["pdf", "docx"],
            OutputDirectory = output,
            SourceDateEpoch = 1641859200,
        });
        var bad = result.Diagnostics.FirstOrDefault(d => d.Code == ErrorCodes.InternalError
            || (d.Severity == Severity.Error && string.IsNullOrEmpty(d.Location?.File)));
        if (bad is not null) throw new UnlocatedErrorException(bad);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
