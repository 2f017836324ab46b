using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace ReportForge.Tests.Corpus;

/// <summary>
/// The command-line kinds of the corpus (template files that are links or FIFOs, themes, images, reference documents,
/// build manifests, command lines): each case's command line runs through the CLI in-process (the library under it)
/// and, when it is about the CLI itself, as a real process; it ends with its exit code and exactly its located errors
/// on standard error, or writes its outputs, which are read back. Add a folder to add a case.
/// </summary>
public sealed class CommandCorpusTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(120);

    public static TheoryData<string> Cases() => Select(_ => true);

    public static TheoryData<string> ProcessCases() => Select(c => c.Expected.Process && !c.OutOfProcess);

    public static TheoryData<string> RenderingCases() => Select(c => c.Expected.Outputs.Any(o => o.EndsWith(".pdf", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_has_its_expected_outcome(string id)
    {
        var corpusCase = CommandCase.Load(id);
        Run(corpusCase, process: corpusCase.OutOfProcess);
    }

    [Theory]
    [MemberData(nameof(ProcessCases))]
    public void Case_through_the_cli_process_has_its_expected_outcome(string id) => Run(CommandCase.Load(id), process: true);

    /// <summary>The PDF a case writes is read by real clients: qpdf finds nothing to report, poppler reads it without a complaint.</summary>
    [Theory]
    [Trait("Category", "Client")]
    [MemberData(nameof(RenderingCases))]
    public void Rendered_case_passes_qpdf_and_poppler(string id)
    {
        var corpusCase = CommandCase.Load(id);
        var dir = Run(corpusCase, process: corpusCase.OutOfProcess);
        foreach (var pdf in corpusCase.Expected.Outputs.Where(o => o.EndsWith(".pdf", StringComparison.Ordinal)).Select(o => Path.Combine(dir, o)))
            CorpusClients.AssertClean(pdf);
    }

    [Fact]
    public void Every_case_says_what_it_expects()
    {
        var ids = CommandCase.Ids().ToList();
        foreach (var kind in CommandCase.Kinds) Assert.True(ids.Any(i => i.StartsWith(kind + "/", StringComparison.Ordinal)), $"no case of kind {kind}");
        foreach (var id in ids)
        {
            var expected = CommandCase.Load(id).Expected;
            Assert.True(expected.Why.Length > 0, $"{id}: expected.json says nothing under 'why'");
            Assert.True(expected.Args.Count > 0, $"{id}: no command line");
            Assert.True(expected.Exit is 0 or 1 or 2, $"{id}: exit {expected.Exit}");
            Assert.DoesNotContain(expected.Errors, e => e.Code == "RF1999");
            Assert.Equal(expected.Exit != 0, expected.Errors.Count > 0);
            Assert.True(expected.Exit != 0 || expected.Outputs.Count > 0, $"{id}: renders, but names no output to check");
        }
    }

    private static TheoryData<string> Select(Func<CommandCase, bool> which)
    {
        var data = new TheoryData<string>();
        foreach (var id in CommandCase.Ids().Where(i => which(CommandCase.Load(i)))) data.Add(id);
        return data;
    }

    /// <summary>Runs the case in a fresh copy and checks its outcome; returns the copy's folder.</summary>
    private string Run(CommandCase corpusCase, bool process)
    {
        var dir = corpusCase.Materialise();
        var args = corpusCase.Arguments(dir);
        var expected = corpusCase.Expected;
        var result = Bounded(corpusCase.Id, () => process ? CliRunner.Process(dir, expected.Env, args) : CliRunner.InProcess(args));
        output.WriteLine($"{corpusCase.Id} ({(process ? "process" : "in-process")}): exit {result.ExitCode}");
        output.WriteLine(result.Stderr.Length > 4000 ? result.Stderr[..4000] : result.Stderr);

        CorpusInvariants.AssertNoCrash(corpusCase.Id, result.ExitCode, result.Stderr);
        Assert.True(expected.Exit == result.ExitCode, $"{corpusCase.Id}: exit {result.ExitCode}, expected {expected.Exit}:\n{result.Stderr}");
        AssertErrors(expected, result.Stderr);
        foreach (var absent in expected.AbsentText) Assert.False((result.Stdout + result.Stderr).Contains(absent, StringComparison.Ordinal), $"{corpusCase.Id}: the console shows '{absent}'");
        if (expected.Outputs.Count == 0) Assert.False(Directory.Exists(Path.Combine(dir, "out")), $"{corpusCase.Id}: something was written to out/");
        foreach (var file in expected.Outputs) AssertOutput(expected, Path.Combine(dir, file));
        return dir;
    }

    private static CliRunner.Outcome Bounded(string id, Func<CliRunner.Outcome> work)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        if (!task.Wait(HangBound)) Assert.Fail($"{id} did not finish in {HangBound.TotalSeconds:0} s: a hang (or a pathological slowdown)");
        return task.Result;
    }

    private static void AssertErrors(CommandExpectation expected, string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = lines.Where(l => Regex.IsMatch(l, @": error RF\d{4}: ")).ToList();
        Assert.True(expected.Errors.Count == errors.Count, $"expected {expected.Errors.Count} errors, got {errors.Count}:\n{stderr}");
        foreach (var want in expected.Errors)
        {
            var place = want.Line > 0 ? $":{want.Line}:{want.Column}" : "";
            var file = want.File == "reportforge" ? "^reportforge" : $"^(?:.*/)?{Regex.Escape(want.File)}";
            var pattern = new Regex($"{file}{place}: error {want.Code}: .*{Regex.Escape(want.Message)}");
            Assert.True(errors.Any(pattern.IsMatch), $"no error matching {pattern} among:\n{string.Join('\n', errors)}");
        }
        var warnings = lines.Select(l => Regex.Match(l, @": warning (RF\d{4}): ")).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct();
        Assert.All(warnings, w => Assert.Contains(w, expected.AllowedWarnings));
    }

    private static void AssertOutput(CommandExpectation expected, string path)
    {
        Assert.True(File.Exists(path), $"{path} was not written");
        if (path.EndsWith(".pdf", StringComparison.Ordinal))
        {
            var pdf = CorpusReaders.Pdf(path);
            Assert.True(pdf.Outside.Count == 0, "drawn outside the page: " + string.Join("; ", pdf.Outside.Take(10)));
            var text = Readers.Squeeze(pdf.Text);
            foreach (var want in expected.PdfText) Assert.True(text.Contains(Readers.Squeeze(want), StringComparison.Ordinal), $"{path} lacks '{want}'");
            foreach (var absent in expected.AbsentText) Assert.False(pdf.Text.Contains(absent, StringComparison.Ordinal), $"{path} has '{absent}'");
        }
        else if (path.EndsWith(".docx", StringComparison.Ordinal))
        {
            var docx = CorpusReaders.Docx(path);
            Assert.True(docx.Errors.Count == 0, string.Join(Environment.NewLine, docx.Errors.Take(10)));
            foreach (var absent in expected.AbsentText) Assert.False(docx.Text.Contains(absent, StringComparison.Ordinal), $"{path} has '{absent}'");
        }
    }
}
