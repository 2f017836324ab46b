using System.Text;
using ReportForge.Diagnostics;
using ReportForge.Notes;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>A template package written to a temp folder: template.json, template.sbn, schema.json.</summary>
internal sealed class TempTemplate : IDisposable
{
    public const string DefaultSchema = """
        {
          "type": "object",
          "properties": {
            "title": { "type": "string" },
            "subtitle": { "type": "string" },
            "date": { "type": "string" },
            "items": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": { "name": { "type": "string" }, "note": { "type": "string" }, "bad": { "type": "boolean" } }
              }
            }
          }
        }
        """;

    public const string DefaultManifest = """{ "name": "test", "culture": "en-US" }""";

    private TempTemplate(string parent, string dir, TemplatePackage package)
    {
        _parent = parent;
        Dir = dir;
        Package = package;
    }

    private readonly string _parent;

    /// <summary>The template's folder; a <c>_shared</c> folder may sit beside it (see <c>shared</c> in <see cref="Create"/>).</summary>
    public string Dir { get; }

    public TemplatePackage Package { get; }

    /// <summary>How diagnostics name the entry template.</summary>
    public string EntryFile => Package.EntryFile;

    /// <summary>
    /// Writes a template; <paramref name="files"/> adds files to its folder (such as <c>partials/x.sbn</c>) and
    /// <paramref name="shared"/> to a <c>_shared</c> folder beside it.
    /// </summary>
    public static TempTemplate Create(string sbn, string? schema = null, string? manifest = null, string? theme = null,
        IReadOnlyDictionary<string, string>? files = null, IReadOnlyDictionary<string, string>? shared = null)
    {
        var parent = Path.Combine(Path.GetTempPath(), "rf-tests-" + Guid.NewGuid().ToString("N"));
        var dir = Path.Combine(parent, "test");
        Directory.CreateDirectory(dir);
        WriteAll(dir, files);
        if (shared is not null) WriteAll(Path.Combine(parent, "_shared"), shared);
        File.WriteAllText(Path.Combine(dir, "template.json"), manifest ?? DefaultManifest);
        File.WriteAllText(Path.Combine(dir, "template.sbn"), sbn);
        File.WriteAllText(Path.Combine(dir, "schema.json"), schema ?? DefaultSchema);
        if (theme is not null) File.WriteAllText(Path.Combine(dir, "theme.json"), theme);
        var package = TemplatePackage.Load(new DirectoryTemplateSource(dir));
        Assert.True(package.Succeeded, string.Join("\n", package.Diagnostics));
        return new TempTemplate(parent, dir, package.Value);
    }

    private static void WriteAll(string dir, IReadOnlyDictionary<string, string>? files)
    {
        foreach (var (name, text) in files ?? new Dictionary<string, string>())
        {
            var path = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    /// <summary>How diagnostics name a file of the template's folder.</summary>
    public string FileOf(string relative) => Package.Source.DisplayPath(relative);

    /// <summary>How diagnostics name a file of the <c>_shared</c> folder beside the template.</summary>
    public string SharedFileOf(string relative) => Package.Source.Shared!.DisplayPath(relative);

    public Result<RenderedMarkup> Render(string notesJson, RenderOptions? options = null, string? classification = null) =>
        TemplateRenderer.Render(Package, Notes(notesJson), classification, options ?? new RenderOptions());

    /// <summary>Renders and expects success.</summary>
    public RenderedMarkup RenderOk(string notesJson, RenderOptions? options = null, string? classification = null)
    {
        var result = Render(notesJson, options, classification);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return result.Value;
    }

    /// <summary>Renders and expects exactly one error.</summary>
    public Diagnostic RenderError(string notesJson, RenderOptions? options = null)
    {
        var result = Render(notesJson, options);
        Assert.False(result.Succeeded, "expected the render to fail");
        return Assert.Single(result.Diagnostics);
    }

    public static NotesDocument Notes(string json)
    {
        var result = NotesDocument.Parse(Encoding.UTF8.GetBytes(json), "notes.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    public void Dispose()
    {
        try { Directory.Delete(_parent, recursive: true); } catch (IOException) { }
    }
}
