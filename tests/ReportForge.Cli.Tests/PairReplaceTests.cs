namespace ReportForge.Tests;

/// <summary>
/// A report's PDF and DOCX are replaced as a pair: when the DOCX cannot be renamed into place the PDF is put back and
/// RF1401 says, truly, that nothing was written; when even that fails, RF1405 says which file was replaced and the next
/// run into the folder finishes the pair.
/// </summary>
public sealed class PairReplaceTests
{
    private static (string Output, string Notes, string Templates) PreviousReport()
    {
        var templates = OutputTree.TinyTemplates();
        var dir = CliRunner.TempDir();
        var output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "report.pdf"), "the earlier PDF");
        File.WriteAllText(Path.Combine(output, "report.docx"), "the earlier DOCX");
        var notes = Path.Combine(dir, "report.json");
        File.WriteAllText(notes, OutputTree.TinyNotes("New"));
        return (output, notes, templates);
    }

    [Fact]
    public void A_docx_that_cannot_be_renamed_into_place_puts_the_pdf_back_and_says_nothing_was_written()
    {
        var dir = CliRunner.TempDir();
        var output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "talks-2022-01-11.pdf"), "the earlier PDF");
        // A folder where the DOCX goes: its rename fails after the PDF's succeeded.
        Directory.CreateDirectory(Path.Combine(output, "talks-2022-01-11.docx"));
        File.WriteAllText(Path.Combine(output, "talks-2022-01-11.docx", "keep.txt"), "in the way");

        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "--templates", TestPaths.Templates);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{Path.Combine(output, "talks-2022-01-11.docx")}: error RF1401: cannot write the output: ", result.Stderr);
        Assert.EndsWith("; no file of this report was written, and earlier ones are as they were", result.Stderr.Trim());
        Assert.Equal("the earlier PDF", File.ReadAllText(Path.Combine(output, "talks-2022-01-11.pdf")));
        Assert.Empty(OutputTree.LeftOvers(output));
    }

    [Fact]
    public void A_pdf_that_cannot_be_put_back_is_named_and_the_next_run_finishes_the_pair()
    {
        var (output, notes, templates) = PreviousReport();
        var pdf = Path.Combine(output, "report.pdf");
        var docx = Path.Combine(output, "report.docx");
        // The DOCX's rename fails, and so does putting the earlier PDF back.
        AtomicFile.RenameFault.Value = target => target == docx || (target == pdf && File.ReadAllText(pdf).StartsWith("%PDF", StringComparison.Ordinal))
            ? new IOException("Input/output error") : null;

        var result = ReportEngine.Render(new ReportRequest { NotesPath = notes, Template = "tiny", TemplateFolders = [templates], OutputDirectory = output });

        Assert.False(result.Succeeded);
        Assert.Equal($"{docx}: error RF1405: cannot write the output: Input/output error; {pdf} was replaced with the new version but {docx} was not, "
            + $"and the earlier {pdf} could not be put back (Input/output error); the next run into {output} finishes replacing them", Assert.Single(result.Diagnostics).ToString());
        Assert.Equal([pdf], result.Written);
        Assert.StartsWith("%PDF", File.ReadAllText(pdf));
        Assert.Equal("the earlier DOCX", File.ReadAllText(docx));

        AtomicFile.RenameFault.Value = null;
        var other = Path.Combine(Path.GetDirectoryName(notes)!, "other.json");
        File.WriteAllText(other, OutputTree.TinyNotes("Other"));
        var next = CliRunner.InProcess("render", other, "-t", "tiny", "--templates", templates, "-o", output);
        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Contains("this run finished replacing them with the new files", next.Stderr);
        Assert.StartsWith("PK", File.ReadAllText(docx));
        Assert.Empty(OutputTree.LeftOvers(output));
    }

    [Fact]
    public void In_a_build_a_docx_that_cannot_be_renamed_leaves_the_jobs_pair_and_its_manifest_entries_as_they_were()
    {
        var templates = OutputTree.TinyTemplates();
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        File.WriteAllText(Path.Combine(dir, "input", "a.json"), OutputTree.TinyNotes("A"));
        File.WriteAllText(Path.Combine(dir, "input", "b.json"), OutputTree.TinyNotes("B"));
        var manifest = Path.Combine(dir, "reportforge.json");
        File.WriteAllText(manifest, """{ "jobs": [ { "notes": "input/*.json", "template": "tiny" } ] }""");
        Assert.Equal(0, CliRunner.InProcess("build", "-m", manifest, "--templates", templates).ExitCode);
        var before = OutputTree.AssertManifestMatchesFiles(dir);

        File.WriteAllText(Path.Combine(dir, "input", "a.json"), OutputTree.TinyNotes("A, changed"));
        File.WriteAllText(Path.Combine(dir, "input", "b.json"), OutputTree.TinyNotes("B, changed"));
        var failing = Path.Combine(dir, "out", "b.docx");
        AtomicFile.RenameFault.Value = target => target == failing ? new IOException("Input/output error") : null;
        var result = CliRunner.InProcess("build", "-m", manifest, "--templates", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("out/b.docx: error RF1401: cannot write the output: Input/output error; no file of this job was written, and earlier ones are as they were", result.Stderr);
        var after = OutputTree.AssertManifestMatchesFiles(dir);
        Assert.Equal(before["out/b.pdf"], after["out/b.pdf"]);
        Assert.Equal(before["out/b.docx"], after["out/b.docx"]);
        Assert.NotEqual(before["out/a.pdf"], after["out/a.pdf"]);
        Assert.Empty(OutputTree.LeftOvers(Path.Combine(dir, "out")));
    }
}
