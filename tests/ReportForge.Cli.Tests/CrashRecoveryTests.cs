namespace ReportForge.Tests;

/// <summary>
/// A build or a render killed (SIGKILL) at a chosen point, through REPORTFORGE_TEST_KILL_AT (see CrashPoint), never a
/// timer: the next run finishes or undoes what was half done, removes the scratch files, and leaves a manifest whose every
/// hash is the file's.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int KilledExitCode = 128 + 9;
    private const int Jobs = 12;

    private static Dictionary<string, string> KillAt(string point, int count) => new() { ["REPORTFORGE_TEST_KILL_AT"] = $"{point}:{count}" };

    /// <summary>A build of <see cref="Jobs"/> notes files with the tiny template (PDF and DOCX each).</summary>
    private static string Workspace(string title)
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        WriteNotes(dir, title);
        File.WriteAllText(Path.Combine(dir, "reportforge.json"), """{ "output_dir": "out", "jobs": [ { "notes": "input/*.json", "template": "tiny" } ] }""");
        return dir;
    }

    private static void WriteNotes(string dir, string title)
    {
        for (var i = 1; i <= Jobs; i++) File.WriteAllText(Path.Combine(dir, "input", $"n{i:00}.json"), OutputTree.TinyNotes($"{title} {i}", $"Report {i}, {title}."));
    }

    private static CliRunner.Outcome Build(string dir, string templates) =>
        CliRunner.InProcess("build", "-m", Path.Combine(dir, "reportforge.json"), "--templates", templates, "-j", "3");

    [Theory]
    [InlineData("renamed", 1)]
    [InlineData("renamed", 5)]
    [InlineData("replaced", 3)]
    [InlineData("journaled", 7)]
    [InlineData("compacted", 1)]
    public void A_build_killed_anywhere_is_reconciled_by_the_next_build(string point, int count)
    {
        var templates = OutputTree.TinyTemplates();
        var dir = Workspace("Before");
        Assert.Equal(0, Build(dir, templates).ExitCode);
        WriteNotes(dir, "After");

        var killed = CliRunner.Process(dir, KillAt(point, count), "build", "--templates", templates, "-j", "3");
        Assert.True(killed.ExitCode == KilledExitCode, $"exit {killed.ExitCode}: {killed.Stderr}");
        // The killed build left its journal: it never got to remove it.
        Assert.True(File.Exists(Path.Combine(dir, "out", ".reportforge", "build.journal")));

        var next = Build(dir, templates);
        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Contains("out/manifest.json: warning RF1404: the last build into out was interrupted; the manifest was brought up to date with the files there", next.Stderr);
        Assert.Empty(OutputTree.LeftOvers(Path.Combine(dir, "out")));
        var listed = OutputTree.AssertManifestMatchesFiles(dir);

        // Every file is the new report, as a build that was never interrupted writes it.
        var reference = Workspace("After");
        Assert.Equal(0, Build(reference, templates).ExitCode);
        var expected = OutputTree.Files(Path.Combine(reference, "out"));
        Assert.Equal(2 * Jobs, expected.Count);
        Assert.Equal(expected.OrderBy(p => p.Key), OutputTree.Files(Path.Combine(dir, "out")).OrderBy(p => p.Key));
        Assert.Equal(expected.ToDictionary(p => "out/" + p.Key, p => p.Value).OrderBy(p => p.Key), listed.OrderBy(p => p.Key));
    }

    private static (string Dir, string Output, string Notes) PreviousReport()
    {
        var dir = CliRunner.TempDir();
        var output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "report.pdf"), "the earlier PDF");
        File.WriteAllText(Path.Combine(output, "report.docx"), "the earlier DOCX");
        var notes = Path.Combine(dir, "report.json");
        File.WriteAllText(notes, OutputTree.TinyNotes("New"));
        return (dir, output, notes);
    }

    private static Dictionary<string, string> Reference(string templates, string notes)
    {
        var output = Path.Combine(CliRunner.TempDir(), "out");
        Assert.Equal(0, CliRunner.InProcess("render", notes, "-t", "tiny", "--templates", templates, "-o", output).ExitCode);
        return OutputTree.Files(output);
    }

    private static void KillBetweenThePdfAndTheDocx(string dir, string output, string templates)
    {
        var killed = CliRunner.Process(dir, KillAt("renamed", 1), "render", "report.json", "-t", "tiny", "--templates", templates);
        Assert.True(killed.ExitCode == KilledExitCode, $"exit {killed.ExitCode}: {killed.Stderr}");
        // Half done: the PDF is the new one, the DOCX the earlier one, and the journal records the pair.
        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(output, "report.pdf")));
        Assert.Equal("the earlier DOCX", File.ReadAllText(Path.Combine(output, "report.docx")));
        Assert.Single(Directory.GetFiles(Path.Combine(output, ".reportforge"), "replace-*.json"));
    }

    [Fact]
    public void A_render_killed_between_its_pdf_and_docx_is_rolled_forward_by_the_next_run()
    {
        var templates = OutputTree.TinyTemplates();
        var (dir, output, notes) = PreviousReport();
        KillBetweenThePdfAndTheDocx(dir, output, templates);

        // The next run into the folder, of another report, finishes the pair.
        var other = Path.Combine(dir, "other.json");
        File.WriteAllText(other, OutputTree.TinyNotes("Other"));
        var next = CliRunner.InProcess("render", other, "-t", "tiny", "--templates", templates, "-o", output);

        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Contains($"{output}/report.pdf: warning RF1404: an earlier run was interrupted while replacing {output}/report.pdf and {output}/report.docx; "
            + "this run finished replacing them with the new files", next.Stderr);
        var expected = Reference(templates, notes);
        Assert.Equal(expected["report.pdf"], OutputTree.Sha256(Path.Combine(output, "report.pdf")));
        Assert.Equal(expected["report.docx"], OutputTree.Sha256(Path.Combine(output, "report.docx")));
        Assert.Empty(OutputTree.LeftOvers(output));
    }

    [Fact]
    public void A_pair_whose_new_docx_is_gone_is_rolled_back_by_the_next_run()
    {
        var templates = OutputTree.TinyTemplates();
        var (dir, output, _) = PreviousReport();
        KillBetweenThePdfAndTheDocx(dir, output, templates);
        foreach (var temp in Directory.GetFiles(output, ".report.docx.*.tmp")) File.Delete(temp);

        var other = Path.Combine(dir, "other.json");
        File.WriteAllText(other, OutputTree.TinyNotes("Other"));
        var next = CliRunner.InProcess("render", other, "-t", "tiny", "--templates", templates, "-o", output);

        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Contains($"{output}/report.pdf: warning RF1404: an earlier run was interrupted while replacing {output}/report.pdf and {output}/report.docx; "
            + "this run put the earlier files back", next.Stderr);
        Assert.Equal("the earlier PDF", File.ReadAllText(Path.Combine(output, "report.pdf")));
        Assert.Equal("the earlier DOCX", File.ReadAllText(Path.Combine(output, "report.docx")));
        Assert.Empty(OutputTree.LeftOvers(output));
    }
}
