using ReportForge.Diagnostics;

namespace ReportForge.Tests;

/// <summary>
/// Every render shares one object of builtin functions (building it per render is slow); a template must not
/// be able to change it, or one render would leak into the next, or race with a render beside it.
/// </summary>
public sealed class SharedBuiltinsTests : IDisposable
{
    private readonly string _templates = Directory.CreateTempSubdirectory("rf-builtins-").FullName;

    [Theory]
    [InlineData("{{ string.shout = 'leaked' }}", "{{ string.shout ?? 'clean' }}")]
    [InlineData("{{ string.upcase = 'leaked' }}", "{{ 'clean' | string.upcase }}")]
    [InlineData("{{ array.extra = 'leaked' }}", "{{ array.extra ?? 'clean' }}")]
    [InlineData("{{ slug = 'leaked' }}", "{{ 'clean' | slug }}")]
    [InlineData("{{ regex.extra = 'leaked' }}", "{{ regex.extra ?? 'clean' }}")]
    [InlineData("{{ regex = 'leaked' }}", "{{ 'clean' | regex.replace 'x' 'y' }}")]
    [InlineData("{{ date.format = 'leaked' }}", "{{ if date.format == 'leaked' }}leaked{{ else }}clean{{ end }}")]
    public void A_template_cannot_change_the_builtins_another_render_sees(string change, string read)
    {
        var changed = Render("changes", change);
        var after = Render("reads", read);

        Assert.True(changed.Succeeded || changed.Diagnostics.All(d => d.Code == ErrorCodes.TemplateRuntime && d.Location is { Line: > 0 }),
            string.Join("\n", changed.Diagnostics));
        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        Assert.DoesNotContain("leaked", after.Value);
        Assert.Contains("clean", after.Value, StringComparison.OrdinalIgnoreCase);
    }

    private Result<string> Render(string name, string body)
    {
        var folder = Path.Combine(_templates, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.json"), $$"""{ "name": "{{name}}", "culture": "en-US" }""");
        File.WriteAllText(Path.Combine(folder, "schema.json"), """{ "type": "object", "properties": { "title": { "type": "string" } } }""");
        File.WriteAllText(Path.Combine(folder, "template.sbn"), "# Builtins\n\n" + body + "\n");
        var notes = Path.Combine(_templates, "notes.json");
        File.WriteAllText(notes, """{ "title": "t" }""");
        var request = new ReportRequest { NotesPath = notes, Template = name, TemplateFolders = [_templates] };
        var document = ReportEngine.BuildDocument(request, out _, out var markup, out _);
        return document.Succeeded ? Result<string>.Ok(markup!) : document.Cast<string>();
    }

    public void Dispose() => Directory.Delete(_templates, recursive: true);
}
