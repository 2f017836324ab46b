using System.Text.Json;

namespace ReportForge.Tests.Corpus;

/// <summary>
/// One folder of <c>tests/Corpus/notes</c>: notes (committed as <c>notes.json</c> or described by <c>generate.json</c>),
/// optionally its own <c>template/</c>, and <c>expected.json</c>, the outcome.
/// </summary>
internal sealed record CorpusCase(string Name, string Folder, CorpusExpectation Expected)
{
    public static string Root => Path.Combine(TestPaths.Root, "tests", "Corpus", "notes");

    public static CorpusCase Load(string name)
    {
        var folder = Path.Combine(Root, name);
        var expected = JsonSerializer.Deserialize<CorpusExpectation>(File.ReadAllText(Path.Combine(folder, "expected.json")), CorpusExpectation.JsonOptions)
            ?? throw new InvalidDataException($"{name}/expected.json is empty");
        return new CorpusCase(name, folder, expected);
    }

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(Root).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    /// <summary>A copy in a new temporary folder with the generated files written: the notes, and the template when the case has one.</summary>
    public (string Folder, string Notes, string Template) Materialise()
    {
        var target = CliRunner.TempDir();
        CorpusGenerator.Materialise(Folder, target);
        var template = Directory.Exists(Path.Combine(target, "template")) ? Path.Combine(target, "template") : Expected.Template;
        return (target, Path.Combine(target, "notes.json"), template);
    }
}

/// <summary>What <c>expected.json</c> says: the case renders (with text to find) or fails with these located errors.</summary>
internal sealed record CorpusExpectation
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary><c>renders</c> or <c>fails</c>.</summary>
    public string Outcome { get; init; } = "";
    /// <summary>Why the case is here and why this is the outcome a user expects.</summary>
    public string Why { get; init; } = "";
    /// <summary>A shipped template's name, when the case has no <c>template/</c> of its own.</summary>
    public string Template { get; init; } = "daily-briefing";
    /// <summary>Too slow for every test run: the case runs with the Client tests.</summary>
    public bool Slow { get; init; }
    public List<ExpectedError> Errors { get; init; } = [];
    public List<string> PdfText { get; init; } = [];
    public List<string> DocxText { get; init; } = [];
    /// <summary>Text that must appear in neither output.</summary>
    public List<string> AbsentText { get; init; } = [];
    public int MinPages { get; init; } = 1;
    public int MaxPages { get; init; } = int.MaxValue;
    /// <summary>Warning codes that may come (such as RF1303, which depends on the fonts installed).</summary>
    public List<string> AllowedWarnings { get; init; } = [];
    /// <summary>Warning codes that must come.</summary>
    public List<string> RequiredWarnings { get; init; } = [];
    /// <summary>Images the PDF must hold (each drawn inside the page).</summary>
    public int Images { get; init; }
}

/// <summary>One located error: the file relative to the case folder, 1-based line and column, the JSON pointer for notes.</summary>
internal sealed record ExpectedError(string Code, string File, int Line, int Column, string? Pointer, string Message);
