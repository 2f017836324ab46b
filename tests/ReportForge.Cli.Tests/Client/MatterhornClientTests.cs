using ReportForge.Benchmarks;
using ReportForge.Tests.Accessibility;

namespace ReportForge.Tests.Client;

/// <summary>
/// The Matterhorn structure checker (tests/Shared/Accessibility) passes on every PDF the client tests render: each
/// shipped template's documents (plain and PDF/A-1a) and generated notes with 40 talks. The showcase document of
/// tests/ReportForge.Pdf.Tests/ClientTests.cs is checked there (Accessibility/MatterhornClientTests.cs).
/// </summary>
[Trait("Category", "Client")]
public sealed class MatterhornClientTests
{
    /// <summary>Each shipped template with no standard, PDF/A-1a, PDF/UA-1 and both.</summary>
    public static TheoryData<string, string> Renders()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in (IEnumerable<object[]>)TemplateMatrixTests.Templates())
        {
            foreach (var standard in new[] { "", "a-1a", "ua-1", "ua-1,a-1a" }) data.Add((string)row[0], standard);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Checker_passes_on_every_shipped_template(string template, string standard) =>
        AssertPasses(Render(TemplateMatrixTests.NotesFor(template), template, Standard(standard)), Standard(standard).Ua1);

    [Fact]
    public void Checker_passes_on_generated_notes_with_40_talks()
    {
        var notes = Path.Combine(CliRunner.TempDir(), "talks-40.json");
        File.WriteAllBytes(notes, LargeNotes.Generate(40));
        AssertPasses(Render(notes, "daily-briefing", Standard("ua-1,a-1a")), claimsUa: true);
    }

    // Issue 21: tags (tinted boxes, artifacts) and change bars (artifacts) beside tagged text.
    [Fact]
    public void Checker_passes_on_tags_and_change_bars()
    {
        var work = RevisionSample.Create();
        AssertPasses(Render(Path.Combine(work, "notes.json"), Path.Combine(work, "tpl"), Standard("ua-1,a-1a")), claimsUa: true);
    }

    private static ReportForge.Model.PdfStandard Standard(string text)
    {
        if (text.Length == 0) return ReportForge.Model.PdfStandard.None;
        Assert.True(ReportForge.Model.PdfStandard.TryParse(text, out var standard, out var problem), problem);
        return standard;
    }

    internal static string Render(string notes, string template, bool pdfA) =>
        Render(notes, template, pdfA ? ReportForge.Model.PdfStandard.A1a : ReportForge.Model.PdfStandard.None);

    internal static string Render(string notes, string template, ReportForge.Model.PdfStandard standard)
    {
        var output = CliRunner.TempDir();
        var result = ReportEngine.Render(new ReportRequest
        {
            NotesPath = notes,
            Template = template,
            TemplateFolders = [TestPaths.Templates],
            OutputDirectory = output,
            Formats = ["pdf"],
            PdfStandard = standard.IsNone ? null : standard,
        });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return output;
    }

    private static void AssertPasses(string folder, bool claimsUa)
    {
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var failures = files
            .SelectMany(file => MatterhornChecker.Check(file, claimsUa).Select(f => (File: Path.GetFileName(file), Failure: f)))
            .Select(x => $"{x.File}: {x.Failure}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
