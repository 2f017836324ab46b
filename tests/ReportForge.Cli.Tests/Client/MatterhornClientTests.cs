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
    public static TheoryData<string, bool> Renders()
    {
        var data = new TheoryData<string, bool>();
        foreach (var row in (IEnumerable<object[]>)TemplateMatrixTests.Templates())
        {
            data.Add((string)row[0], false);
            data.Add((string)row[0], true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Checker_passes_on_every_shipped_template(string template, bool pdfA) =>
        AssertPasses(Render(TemplateMatrixTests.NotesFor(template), template, pdfA));

    [Fact]
    public void Checker_passes_on_generated_notes_with_40_talks()
    {
        var notes = Path.Combine(CliRunner.TempDir(), "talks-40.json");
        File.WriteAllBytes(notes, LargeNotes.Generate(40));
        AssertPasses(Render(notes, "daily-briefing", pdfA: false));
    }

    internal static string Render(string notes, string template, bool pdfA)
    {
        var output = CliRunner.TempDir();
        var result = ReportEngine.Render(new ReportRequest
        {
            NotesPath = notes,
            Template = template,
            TemplateFolders = [TestPaths.Templates],
            OutputDirectory = output,
            Formats = ["pdf"],
            PdfA = pdfA,
        });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return output;
    }

    private static void AssertPasses(string folder)
    {
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var failures = files
            .SelectMany(file => MatterhornChecker.Check(file).Select(f => (File: Path.GetFileName(file), Failure: f)))
            .Select(x => $"{x.File}: {x.Failure}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
