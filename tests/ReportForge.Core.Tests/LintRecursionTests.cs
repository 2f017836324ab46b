using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>lint never walks without end: render_body in the entry file and partials that call themselves.</summary>
public sealed class LintRecursionTests
{
    private const string Schema = """{ "type": "object", "required": ["title"], "properties": { "title": { "type": "string" }, "talks": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" } } } } } }""";

    [Fact]
    public void Render_body_in_a_template_without_a_layout_is_the_error_rendering_gives()
    {
        using var t = TempTemplate.Create("{{ title }}\n  {{ render_body }}", schema: Schema);
        var d = Assert.Single(TemplateLint.Run(t.Package));
        Assert.Equal($"{t.EntryFile}:2:6: error RF1104: render_body is for layouts; this file is not used as a layout", d.ToString());
    }

    [Fact]
    public void Render_body_in_the_entry_file_under_a_layout_is_located_not_a_stack_overflow()
    {
        using var t = TempTemplate.Create("{{ title }}\n{{ render_body }}", schema: Schema,
            files: new Dictionary<string, string> { ["layouts/l.sbn"] = "<{{ render_body }}>" },
            manifest: """{ "name": "test", "layout": "l" }""");
        var d = Assert.Single(TemplateLint.Run(t.Package));
        Assert.Equal(ErrorCodes.TemplateRecursionLimit, d.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 2, 4), d.Location);
        Assert.StartsWith("render_body inside the entry file (or a partial it calls) renders the entry file again, without end", d.Message);
    }

    [Fact]
    public void Render_body_in_a_partial_the_entry_calls_is_located_in_the_partial()
    {
        using var t = TempTemplate.Create("{{ title }}{{ partial \"again\" }}", schema: Schema,
            files: new Dictionary<string, string> { ["layouts/l.sbn"] = "{{ render_body }}", ["partials/again.sbn"] = "x\n{{ render_body }}" },
            manifest: """{ "name": "test", "layout": "l" }""");
        var d = Assert.Single(TemplateLint.Run(t.Package));
        Assert.Equal((ErrorCodes.TemplateRecursionLimit, new SourceLocation(t.FileOf("partials/again.sbn"), 2, 4)), (d.Code, d.Location));
    }

    [Fact]
    public void A_partial_that_calls_itself_with_arguments_is_walked_once_inside_itself()
    {
        using var t = TempTemplate.Create("{{ title }}{{ for x in talks }}{{ partial \"talk\" x }}{{ end }}", schema: Schema,
            files: new Dictionary<string, string> { ["partials/talk.sbn"] = "{{ $0.id }}{{ partial \"talk\" $0 }}\n{{ $0.nope }}" });
        var d = Assert.Single(TemplateLint.Run(t.Package));
        Assert.Equal((ErrorCodes.LintUndeclaredField, new SourceLocation(t.FileOf("partials/talk.sbn"), 2, 7)), (d.Code, d.Location));
    }
}
