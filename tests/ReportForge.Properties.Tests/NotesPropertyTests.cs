using CsCheck;
using ReportForge.Diagnostics;

namespace ReportForge.Tests;

/// <summary>Random and near-miss talks notes through the whole pipeline with the daily briefing: outputs, or located errors.</summary>
public sealed class NotesPropertyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rf-notes-").FullName;

    [Fact]
    public void RandomNotesGiveBothOutputsOrLocatedErrors() =>
        PropertyRuns.Check(NotesGen.Json, json => Check(json, mustRender: false), iterations: 20, print: json => json);

    [Fact]
    public void NotesTheSchemaAcceptsAlwaysRender() =>
        PropertyRuns.Check(NotesGen.Valid.Select(n => n.ToJsonString()), json => Check(json, mustRender: true), iterations: 10, print: json => json);

    private void Check(string json, bool mustRender)
    {
        var path = Path.Combine(_folder, "notes.json");
        File.WriteAllText(path, json);
        var request = new ReportRequest
        {
            NotesPath = path, Template = "daily-briefing", TemplateFolders = [TestPaths.Templates],
            Formats = ["pdf", "docx"], SourceDateEpoch = 1641859200,
        };

        var rendered = ReportEngine.RenderInMemory(request);

        if (!rendered.Succeeded)
        {
            Assert.False(mustRender, "valid notes failed: " + string.Join("\n", rendered.Diagnostics));
            MarkupPipeline.AssertLocated(rendered.Diagnostics);
            return;
        }
        var files = rendered.Value.Files.ToDictionary(f => Path.GetExtension(f.Name), f => f.Bytes);
        var missing = Outputs.MissingCharacters(rendered.Diagnostics);
        var title = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("title").GetString()!;
        var pdfText = Outputs.PdfText(files[".pdf"]);
        Assert.Empty(TextMatch.Missing([title], pdfText, missing));
        var errors = Outputs.DocxErrors(files[".docx"]);
        Assert.True(errors.Count == 0, "validator errors:\n" + string.Join("\n", errors));
        Assert.Empty(TextMatch.Missing([title], Outputs.DocxText(files[".docx"]).Body, MarkupPipeline.XmlReplaced));
        Assert.DoesNotContain(rendered.Diagnostics, d => d.Severity == Severity.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
