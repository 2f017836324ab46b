using System.Diagnostics;
using ReportForge.Diagnostics;
using Xunit.Abstractions;

namespace ReportForge.Tests.Corpus;

/// <summary>
/// Bad notes (issue 8): every folder under <c>tests/Corpus/notes</c> goes through the whole pipeline, to PDF and DOCX,
/// and either renders (its text read back from both files, every glyph and image inside the page, the .docx valid)
/// or fails with exactly the located errors its <c>expected.json</c> lists. Add a folder to add a case.
/// Each case runs on a worker with a generous bound: a case that does not finish is reported as a hang.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan SlowHangBound = TimeSpan.FromMinutes(10);

    public static TheoryData<string> Cases() => Select(slow: false);

    public static TheoryData<string> SlowCases() => Select(slow: true);

    public static TheoryData<string> FailingCases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusCase.Names().Where(n => CorpusCase.Load(n).Expected is { Outcome: "fails" })) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_has_its_expected_outcome(string name) => Run(CorpusCase.Load(name));

    /// <summary>The 10 MB string and the 100,000 items: thousands of pages, too slow for every run on a shared machine.</summary>
    [Theory]
    [Trait("Category", "Client")]
    [MemberData(nameof(SlowCases))]
    public void Slow_case_has_its_expected_outcome(string name) => Run(CorpusCase.Load(name));

    /// <summary>The PDF of a case that renders is read by real clients: qpdf finds nothing to report, poppler reads it without a complaint.</summary>
    [Theory]
    [Trait("Category", "Client")]
    [MemberData(nameof(RenderingCases))]
    public void Rendered_case_passes_qpdf_and_poppler(string name) =>
        CorpusClients.AssertClean(Path.Combine(Run(CorpusCase.Load(name)), "out", "notes.pdf"));

    public static TheoryData<string> RenderingCases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusCase.Names().Where(n => CorpusCase.Load(n).Expected is { Outcome: "renders", Slow: false })) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(FailingCases))]
    public void Failing_case_exits_1_with_its_located_errors_on_stderr(string name)
    {
        var corpusCase = CorpusCase.Load(name);
        var (folder, notes, template) = corpusCase.Materialise();
        var result = Bounded(name, HangBound, () => CliRunner.InProcess("render", notes, "-t", template, "--templates", TestPaths.Templates, "-o", Path.Combine(folder, "out")));
        CorpusInvariants.AssertNoCrash(name, result.ExitCode, result.Stderr);
        Assert.Equal(1, result.ExitCode);
        foreach (var error in corpusCase.Expected.Errors)
        {
            // Template files are shown relative to the working folder, notes as given: either form names the file.
            var full = Path.Combine(folder, error.File);
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, full).Replace('\\', '/');
            var place = $":{error.Line}:{error.Column}: error {error.Code}: ";
            Assert.True(result.Stderr.Contains(full + place, StringComparison.Ordinal) || result.Stderr.Contains(relative + place, StringComparison.Ordinal),
                $"expected {full}{place} (or {relative}{place}) in:\n{result.Stderr}");
        }
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    public static TheoryData<string> NotesOnlyFailingCases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusCase.Names().Where(n => CorpusCase.Load(n).Expected is { Outcome: "fails" } e
            && e.Errors.All(error => error.File == "notes.json" && error.Code.StartsWith("RF10", StringComparison.Ordinal)))) data.Add(name);
        return data;
    }

    /// <summary><c>validate</c> reads the notes as <c>render</c> does: the same located errors, exit 1, and never a crash.</summary>
    [Theory]
    [MemberData(nameof(NotesOnlyFailingCases))]
    public void Failing_notes_case_validates_with_the_same_errors(string name)
    {
        var corpusCase = CorpusCase.Load(name);
        var (_, notes, template) = corpusCase.Materialise();
        var result = Bounded(name, HangBound, () => CliRunner.InProcess("validate", notes, "-t", template, "--templates", TestPaths.Templates));
        CorpusInvariants.AssertNoCrash(name, result.ExitCode, result.Stderr);
        Assert.Equal(1, result.ExitCode);
        foreach (var error in corpusCase.Expected.Errors)
        {
            var place = $"{notes}:{error.Line}:{error.Column}: error {error.Code}: ";
            Assert.True(result.Stderr.Contains(place, StringComparison.Ordinal), $"expected {place} in:\n{result.Stderr}");
        }
    }

    /// <summary>A stack overflow cannot be caught: it would end the test host too. In a real process, the exit code says it all.</summary>
    [Fact]
    public void Notes_nested_ten_thousand_deep_are_an_error_in_a_real_process_not_a_crash()
    {
        var (folder, notes, _) = CorpusCase.Load("deep-nesting").Materialise();
        var result = CliRunner.Process(folder, null, "validate", notes, "--templates", TestPaths.Templates);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{notes}:4:267: error RF1002: ", result.Stderr);
    }

    [Fact]
    public void Every_case_says_what_it_expects()
    {
        var names = CorpusCase.Names().ToList();
        Assert.True(names.Count >= 20, $"only {names.Count} cases");
        foreach (var name in names)
        {
            var expected = CorpusCase.Load(name).Expected;
            Assert.True(expected.Outcome is "renders" or "fails", $"{name}: outcome '{expected.Outcome}'");
            Assert.True(expected.Why.Length > 0, $"{name}: expected.json says nothing under 'why'");
            Assert.Equal(expected.Outcome == "fails", expected.Errors.Count > 0);
            Assert.DoesNotContain(expected.Errors, e => e.Code == "RF1999");
            Assert.True(File.Exists(Path.Combine(CorpusCase.Root, name, "notes.json")) || File.Exists(Path.Combine(CorpusCase.Root, name, "generate.json")), name);
        }
    }

    private static TheoryData<string> Select(bool slow)
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusCase.Names().Where(n => CorpusCase.Load(n).Expected is var e && e.Slow == slow)) data.Add(name);
        return data;
    }

    /// <summary>Runs the case in a fresh copy and checks its outcome; returns the copy's folder.</summary>
    private string Run(CorpusCase corpusCase)
    {
        var (folder, notes, template) = corpusCase.Materialise();
        var request = new ReportRequest
        {
            NotesPath = notes,
            Template = template,
            TemplateFolders = [TestPaths.Templates],
            Formats = ["pdf", "docx"],
            OutputDirectory = Path.Combine(folder, "out"),
        };
        var clock = Stopwatch.StartNew();
        var result = Bounded(corpusCase.Name, corpusCase.Expected.Slow ? SlowHangBound : HangBound, () => ReportEngine.Render(request));
        output.WriteLine($"{corpusCase.Name}: {clock.ElapsedMilliseconds} ms, {result.PageCount} pages");
        foreach (var diagnostic in result.Diagnostics) output.WriteLine(diagnostic.ToString()[..Math.Min(400, diagnostic.ToString().Length)]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RF1999");

        if (corpusCase.Expected.Outcome == "fails") AssertFails(corpusCase.Expected, result, folder);
        else AssertRenders(corpusCase.Expected, result, Path.Combine(folder, "out", "notes"));
        return folder;
    }

    private static T Bounded<T>(string name, TimeSpan bound, Func<T> work)
    {
        var task = Task.Run(work);
        if (!task.Wait(bound)) Assert.Fail($"{name} did not finish in {bound.TotalSeconds:0} s: a hang (or a pathological slowdown)");
        return task.Result;
    }

    private static void AssertFails(CorpusExpectation expected, ReportResult result, string folder)
    {
        Assert.Empty(result.Written);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var described = string.Join(Environment.NewLine, errors);
        Assert.True(expected.Errors.Count == errors.Count, $"expected {expected.Errors.Count} errors, got {errors.Count}:{Environment.NewLine}{described}");
        foreach (var want in expected.Errors)
        {
            Assert.True(errors.Any(e => Matches(want, e, folder)), $"no error {want} among:{Environment.NewLine}{described}");
        }
    }

    private static bool Matches(ExpectedError want, Diagnostic got, string folder) =>
        got.Code == want.Code
        && got.Location is { } at
        && Path.GetRelativePath(folder, at.File).Replace('\\', '/') == want.File
        && at.Line == want.Line && at.Column == want.Column
        && at.Pointer == want.Pointer
        && got.Message.Contains(want.Message, StringComparison.Ordinal);

    private static void AssertRenders(CorpusExpectation expected, ReportResult result, string outputs)
    {
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var codes = result.Diagnostics.Select(d => d.Code).Distinct().ToList();
        Assert.All(codes, c => Assert.Contains(c, expected.AllowedWarnings.Concat(expected.RequiredWarnings)));
        Assert.All(expected.RequiredWarnings, c => Assert.Contains(c, codes));
        Assert.InRange(result.PageCount, expected.MinPages, expected.MaxPages);

        var pdf = CorpusReaders.Pdf(outputs + ".pdf", endsOnly: expected.Slow);
        Assert.Equal(result.PageCount, pdf.Pages);
        Assert.True(pdf.Outside.Count == 0, "drawn outside the page: " + string.Join("; ", pdf.Outside.Take(10)));
        Assert.Equal(expected.Images, pdf.Images);
        var docx = CorpusReaders.Docx(outputs + ".docx");
        Assert.True(docx.Errors.Count == 0, string.Join(Environment.NewLine, docx.Errors.Take(10)));

        var pdfText = Readers.Squeeze(pdf.Text);
        var docxText = Readers.Squeeze(docx.Text);
        foreach (var text in expected.PdfText) Assert.True(pdfText.Contains(Readers.Squeeze(text), StringComparison.Ordinal), $"the PDF lacks '{text}'");
        foreach (var text in expected.DocxText) Assert.True(docxText.Contains(Readers.Squeeze(text), StringComparison.Ordinal), $"the DOCX lacks '{text}'");
        foreach (var text in expected.AbsentText)
        {
            Assert.False(pdf.Text.Contains(text, StringComparison.Ordinal), $"the PDF has '{text}'");
            Assert.False(docx.Text.Contains(text, StringComparison.Ordinal), $"the DOCX has '{text}'");
        }
    }
}
