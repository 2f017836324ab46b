namespace ReportForge.Tests.Client;

/// <summary>
/// Apache PDFBox Preflight (Debian's libpdfbox2-java, the PDF/A-1b validator) finds no error in the sample, every
/// shipped template, generated large notes and a few corpus documents (footnotes in tables, a wide table, a tall
/// cell, a long word), each written with every PDF standard the command line offers. All files of one standard go
/// through one Java process (Preflight's batch mode).
/// </summary>
[Trait("Category", "Client")]
public sealed class PreflightTests
{
    private static readonly string[] ClassPath =
        ["preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar", "javax.activation.jar", "jaxb-api.jar"];

    /// <summary>The command-line arguments that choose each standard Preflight checks the output against, one per line.</summary>
    public static TheoryData<string> Standards => new()
    {
        "--pdfa",
        "--pdf-standard a-1b",
        "--pdf-standard a-1a",
        "--pdf-standard ua-1,a-1a",
    };

    // A name (unique, the files' prefix) and the render arguments after "render", besides the standard, -f and -o.
    private static IEnumerable<(string Name, string[] Args)> Documents()
    {
        yield return ("sample", []);
        foreach (var template in TemplateMatrixTests.Templates().Cast<object[]>().Select(row => (string)row[0]))
            yield return (template, [TemplateMatrixTests.NotesFor(template), "-t", template]);
        foreach (var talks in new[] { 5, 40 }) // written by `generate --talks N` (tests/Parity/README.md)
            yield return ($"talks-{talks}", [Path.Combine(TestPaths.Root, "tests", "Parity", "notes", $"talks-{talks}.json")]);
        foreach (var corpus in new[] { "footnote-in-table", "wide-table", "tall-cell", "long-word" })
        {
            var folder = Path.Combine(TestPaths.Root, "tests", "Corpus", "notes", corpus);
            var template = Path.Combine(folder, "template");
            yield return (corpus, Directory.Exists(template) ? [Path.Combine(folder, "notes.json"), "-t", template] : [Path.Combine(folder, "notes.json")]);
        }
        // Issue 21: tags (tinted boxes) and change bars.
        var revisions = RevisionSample.Create();
        yield return ("revisions", [Path.Combine(revisions, "notes.json"), "-t", Path.Combine(revisions, "tpl")]);
    }

    [Theory]
    [MemberData(nameof(Standards))]
    public void Preflight_finds_no_error_in_any_document(string standard)
    {
        var java = ClientTool.Find("java", "default-jre-headless", "A Java runtime (for PDFBox Preflight)");
        var jars = ClassPath.Select(jar => Path.Combine("/usr/share/java", jar)).ToList();
        Assert.True(jars.All(File.Exists), "PDFBox Preflight is not installed (missing: " + string.Join(", ", jars.Where(j => !File.Exists(j)))
            + "); client tests need it: apt-get update && apt-get install -y --no-install-recommends libpdfbox2-java libactivation-java libjaxb-api-java");

        var batch = CliRunner.TempDir();
        var written = new List<string>();
        foreach (var (name, args) in Documents())
        {
            var output = CliRunner.TempDir();
            var run = CliRunner.InProcess(["render", .. args, .. standard.Split(' '), "--templates", TestPaths.Templates, "-f", "pdf", "-o", output]);
            Assert.True(run.ExitCode == 0, $"render {name} {standard}: exit {run.ExitCode}\n{run.Stderr}");
            foreach (var pdf in Directory.GetFiles(output, "*.pdf").Order(StringComparer.Ordinal))
            {
                var copy = $"{name}-{Path.GetFileName(pdf)}";
                File.Copy(pdf, Path.Combine(batch, copy));
                written.Add(copy);
            }
        }
        Assert.True(written.Count >= 10, $"only {written.Count} PDF files were written");

        var (exitCode, stdout, stderr) = ClientTool.Run(java, ["-cp", string.Join(':', jars), "org.apache.pdfbox.preflight.Validator_A1b", "batch", batch],
            "PDFBox Preflight did not finish");
        var valid = written.Where(file => stdout.Contains($"The file {file} is a valid PDF/A-1b file", StringComparison.Ordinal)).ToList();
        Assert.True(exitCode == 0 && valid.Count == written.Count,
            $"PDFBox Preflight ({standard}) found errors in {string.Join(", ", written.Except(valid))} (files in {batch}):\n{Errors(stdout)}\n{stderr}");

        // The same files pass qpdf's structural check: every standard keeps the file well formed.
        var qpdf = ClientTool.Find("qpdf", "qpdf", "qpdf");
        foreach (var file in written)
        {
            var check = ClientTool.Run(qpdf, ["--check", Path.Combine(batch, file)], "qpdf did not finish");
            Assert.True(check.ExitCode == 0 && !check.Stderr.Contains("WARNING", StringComparison.Ordinal),
                $"qpdf --check {file} ({standard}): exit {check.ExitCode}\n{check.Stdout}\n{check.Stderr}");
        }
    }

    [Theory]
    [MemberData(nameof(Standards))]
    public void A_character_in_no_font_is_refused_under_every_pdf_a_standard(string standard)
    {
        // CJK and emoji that no font of the daily briefing has: drawn as glyph 0 they would fail Preflight's 3.3.1.
        var notes = Path.Combine(TestPaths.Root, "tests", "Corpus", "notes", "scripts-rtl-emoji-cjk", "notes.json");
        var output = CliRunner.TempDir();
        var run = CliRunner.InProcess(["render", notes, .. standard.Split(' '), "--templates", TestPaths.Templates, "-f", "pdf", "-o", output]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error RF2006: the character U+1F30D '🌍' is in no font", run.Stderr);
        Assert.Empty(Directory.GetFiles(output, "*.pdf"));
    }

    // Preflight's verdict on each invalid file: its "not a valid" line and the error lines after it.
    private static string Errors(string stdout) => string.Join('\n', stdout.Split('\n')
        .SkipWhile(line => !line.Contains("is not a valid", StringComparison.Ordinal))
        .Where(line => line.Length > 0 && !line.Contains("is a valid", StringComparison.Ordinal)));
}
