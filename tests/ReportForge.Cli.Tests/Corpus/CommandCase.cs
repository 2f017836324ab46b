using System.Text.Json;

namespace ReportForge.Tests.Corpus;

/// <summary>
/// One case of a command-line kind of the corpus (<see cref="Kinds"/>): the files of its folder, the files its
/// <c>generate.json</c> describes (links, FIFOs, zips, images), and in <c>expected.json</c> the command line to run
/// and its outcome. <c>{dir}</c> in an argument is the case's temporary copy, <c>{templates}</c> the shipped templates.
/// </summary>
internal sealed record CommandCase(string Kind, string Name, string Folder, CommandExpectation Expected)
{
    /// <summary>The kinds of hostile input run as command lines, each a folder of <c>tests/Corpus</c>.</summary>
    public static readonly string[] Kinds = ["files", "themes", "images", "reference-docs", "manifests", "command-lines"];

    public static string Root => Path.Combine(TestPaths.Root, "tests", "Corpus");

    /// <summary>The case's id, <c>kind/name</c>.</summary>
    public string Id => $"{Kind}/{Name}";

    public static CommandCase Load(string id)
    {
        var folder = Path.Combine(Root, id);
        var expected = JsonSerializer.Deserialize<CommandExpectation>(File.ReadAllText(Path.Combine(folder, "expected.json")), CorpusExpectation.JsonOptions)
            ?? throw new InvalidDataException($"{id}/expected.json is empty");
        return new CommandCase(id.Split('/')[0], id.Split('/')[1], folder, expected);
    }

    public static IEnumerable<string> Ids() =>
        Kinds.Where(k => Directory.Exists(Path.Combine(Root, k)))
            .SelectMany(k => Directory.EnumerateDirectories(Path.Combine(Root, k)).Select(d => $"{k}/{Path.GetFileName(d)}"))
            .Order(StringComparer.Ordinal);

    /// <summary>A copy in a new temporary folder (named after the case) with the generated files written.</summary>
    public string Materialise()
    {
        var target = Path.Combine(CliRunner.TempDir(), Name);
        Directory.CreateDirectory(target);
        CorpusGenerator.Materialise(Folder, target);
        return target;
    }

    /// <summary>Whether the case runs as a real process only (environment variables, or a crash that would end the test host).</summary>
    public bool OutOfProcess => Expected.ProcessOnly || Expected.Env.Count > 0;

    public string[] Arguments(string dir) =>
        [.. Expected.Args.Select(a => a.Replace("{dir}", dir, StringComparison.Ordinal).Replace("{templates}", TestPaths.Templates, StringComparison.Ordinal))];
}

/// <summary>What a command-line case's <c>expected.json</c> says.</summary>
internal sealed record CommandExpectation
{
    /// <summary>Why the case is here and why this is the outcome a user expects.</summary>
    public string Why { get; init; } = "";
    /// <summary>The command line, without the program's name.</summary>
    public List<string> Args { get; init; } = [];
    /// <summary>Also run it as a real process (working folder: the case's copy): the case is about the CLI itself.</summary>
    public bool Process { get; init; }
    /// <summary>Run it as a real process only: a crash it guards against (a stack overflow) would end the test host.</summary>
    public bool ProcessOnly { get; init; }
    /// <summary>Environment variables; a case that sets any runs as a real process only.</summary>
    public Dictionary<string, string> Env { get; init; } = [];
    /// <summary>The exit code: 0, 1 or 2.</summary>
    public int Exit { get; init; }
    /// <summary>Every error on standard error, each located.</summary>
    public List<CommandError> Errors { get; init; } = [];
    /// <summary>Warning codes that may come.</summary>
    public List<string> AllowedWarnings { get; init; } = [];
    /// <summary>Files (relative to the case's copy) that must be written; each PDF and .docx is read back and checked.</summary>
    public List<string> Outputs { get; init; } = [];
    /// <summary>Text every PDF written must hold.</summary>
    public List<string> PdfText { get; init; } = [];
    /// <summary>Text no output may hold.</summary>
    public List<string> AbsentText { get; init; } = [];
}

/// <summary>
/// One error line <c>file:line:col: error RFxxxx: message</c>: the file relative to the case's copy (or
/// <c>reportforge</c> for the command line itself), line 0 for an error that names the file only.
/// </summary>
internal sealed record CommandError(string Code, string File, int Line, int Column, string Message);
