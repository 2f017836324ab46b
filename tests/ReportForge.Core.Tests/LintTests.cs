using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>lint: every finding, with its place and wording.</summary>
public sealed class LintTests
{
    private const string Schema = """
        {
          "type": "object",
          "required": ["title"],
          "properties": {
            "title": { "type": "string" },
            "talks": { "type": "array", "items": { "type": "object", "required": ["id"],
              "properties": { "id": { "type": "string" }, "name": { "type": "string" } } } },
            "unused": { "type": "array", "items": { "type": "object", "required": ["x"], "properties": { "x": { "type": "string" } } } }
          }
        }
        """;

    private static IReadOnlyList<Diagnostic> Lint(string sbn, IReadOnlyDictionary<string, string>? files = null, string? manifest = null)
    {
        using var t = TempTemplate.Create(sbn, schema: Schema, files: files, manifest: manifest);
        return TemplateLint.Run(t.Package);
    }

    [Fact]
    public void A_template_that_reads_what_is_declared_and_required_has_no_findings() =>
        Assert.Empty(Lint("{{ title }}{{ for t in talks }}{{ t.id }}{{ t.name }}{{ talks.size }}{{ end }}"));

    [Fact]
    public void A_schema_that_JSON_Schema_refuses_is_the_finding()
    {
        using var t = TempTemplate.Create("{{ title }}", schema: """{ "type": "object", "properties": { "title": { "type": 7 } } }""");
        var d = Assert.Single(TemplateLint.Run(t.Package));
        Assert.Equal(ErrorCodes.TemplatePackageInvalid, d.Code);
        Assert.EndsWith("schema.json", d.Location?.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_on_a_loop_variable_is_located_at_the_member()
    {
        using var t = TempTemplate.Create("{{ title }}\n{{ for t in talks }}{{ t.id }}\n  {{ t.titel }}{{ end }}", schema: Schema);
        var d = Assert.Single(TemplateLint.Run(t.Package));
        Assert.Equal($"{t.EntryFile}:3:8: error RF1701: 'titel' is not declared by the schema at /talks/items; its fields are id, name", d.ToString());
    }

    [Fact]
    public void A_misspelt_field_through_a_list_function_and_a_string_field_name_are_found()
    {
        var findings = Lint("{{ title }}{{ (find talks \"id\" \"a\").nmae }}{{ x = sort_by talks \"nmae\" }}{{ for t in talks }}{{ t.id }}{{ end }}");
        Assert.Equal(["'nmae' is not declared by the schema at /talks/items; its fields are id, name", "'nmae' is not declared by the schema at /talks/items; its fields are id, name"],
            findings.Select(f => f.Message).ToList());
        Assert.Equal([1, 1], findings.Select(f => f.Location!.Line).ToList());
        Assert.Equal([37, 65], findings.Select(f => f.Location!.Column).ToList());
    }

    [Fact]
    public void The_chart_functions_field_names_are_checked_every_one_of_a_timelines()
    {
        var findings = Lint("{{ title }}{{ chart_counts talks \"nmae\" \"Talks\" }}{{ chart_timeline talks \"id\" \"name\" \"stauts\" }}");
        Assert.Equal(["'nmae' is not declared by the schema at /talks/items; its fields are id, name",
            "'stauts' is not declared by the schema at /talks/items; its fields are id, name"], findings.Select(f => f.Message).ToList());
        Assert.Equal([34, 87], findings.Select(f => f.Location!.Column).ToList());
    }

    [Fact]
    public void A_required_field_never_read_is_reported_at_the_entry_but_not_inside_lists_never_used()
    {
        using var t = TempTemplate.Create("{{ for t in talks }}{{ t.name }}{{ end }}", schema: Schema);
        var findings = TemplateLint.Run(t.Package).Select(d => d.ToString()).ToList();
        Assert.Equal([
            $"{t.EntryFile}:1:1: error RF1702: the schema requires /talks/items/id but the template never reads it",
            $"{t.EntryFile}:1:1: error RF1702: the schema requires /title but the template never reads it",
        ], findings.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Fields_read_in_a_partial_through_its_argument_are_checked_in_the_partial()
    {
        using var t = TempTemplate.Create("{{ title }}{{ for t in talks }}{{ partial \"talk\" t }}{{ end }}", schema: Schema,
            files: new Dictionary<string, string> { ["partials/talk.sbn"] = "{{ $0.id }}\n{{ $0.nope }}" });
        var d = Assert.Single(TemplateLint.Run(t.Package));
        Assert.Equal(new SourceLocation(t.FileOf("partials/talk.sbn"), 2, 7), d.Location);
        Assert.Equal(ErrorCodes.LintUndeclaredField, d.Code);
    }

    [Fact]
    public void The_layout_and_its_body_are_both_walked()
    {
        var findings = Lint("{{ for t in talks }}{{ t.id }}{{ t.bad }}{{ end }}",
            files: new Dictionary<string, string> { ["layouts/l.sbn"] = "{{ title }}{{ render_body }}" },
            manifest: """{ "name": "test", "layout": "l" }""");
        Assert.Equal("'bad' is not declared by the schema at /talks/items; its fields are id, name", Assert.Single(findings).Message);
    }

    [Theory]
    [InlineData("daily-briefing")]
    [InlineData("meeting-record")]
    [InlineData("positions-sheet")]
    public void Shipped_templates_are_lint_clean(string name)
    {
        var package = TemplatePackage.Load(new DirectoryTemplateSource(TestPaths.Template(name)));
        Assert.True(package.Succeeded, string.Join("\n", package.Diagnostics));
        Assert.Empty(TemplateLint.Run(package.Value));
    }
}
