using System.Text.Json;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>
/// Folder-discovered cases: each folder under <c>Cases/</c> holds <c>template.sbn</c>, <c>notes.json</c> and
/// <c>expected.md</c> (the exact markup), optionally <c>template.json</c>, <c>strings/</c>, <c>partials/</c>, and
/// <c>options.json</c> (<c>culture</c>, <c>parameters</c>). The repository's <c>templates/_shared</c> sits beside
/// each case, as it does beside a shipped template. Add a folder to add a case.
/// </summary>
public sealed class CaseTests
{
    private static string CasesFolder => Path.Combine(TestPaths.Root, "tests", "ReportForge.Core.Tests", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(CasesFolder).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_renders_its_expected_markup(string name)
    {
        var dir = Path.Combine(CasesFolder, name);
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Where(f => f is not ("template.sbn" or "notes.json" or "expected.md" or "options.json" or "template.json"))
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(dir, f)));
        var sharedRoot = Path.Combine(TestPaths.Templates, "_shared");
        var shared = Directory.EnumerateFiles(sharedRoot, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(sharedRoot, f), File.ReadAllText);
        var manifest = File.Exists(Path.Combine(dir, "template.json")) ? File.ReadAllText(Path.Combine(dir, "template.json")) : null;

        using var t = TempTemplate.Create(File.ReadAllText(Path.Combine(dir, "template.sbn")), schema: "{}", manifest: manifest, files: files, shared: shared);
        var rendered = t.RenderOk(File.ReadAllText(Path.Combine(dir, "notes.json")), Options(dir));
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "expected.md")).ReplaceLineEndings("\n"), rendered.Markup.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void There_are_cases_to_run()
    {
        Assert.True(Directory.EnumerateDirectories(CasesFolder).Count() >= 5);
    }

    private static RenderOptions Options(string dir)
    {
        var path = Path.Combine(dir, "options.json");
        if (!File.Exists(path)) return new RenderOptions();
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return new RenderOptions
        {
            Culture = root.TryGetProperty("culture", out var c) ? c.GetString() : null,
            Parameters = root.TryGetProperty("parameters", out var p)
                ? p.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetString()!)
                : new Dictionary<string, string>(),
        };
    }
}
