using ReportForge.Diagnostics;
using ReportForge.Markup;

namespace ReportForge.Tests;

/// <summary>Partials and layouts: output and errors are located in the file that wrote them.</summary>
public sealed class PartialTests
{
    private const string Notes = """{ "title": "T", "items": [ { "name": "a" }, { "name": "b" }, { "name": "c", "bad": true } ] }""";

    private static readonly Dictionary<string, string> ItemPartial = new()
    {
        ["partials/item.sbn"] = """
            Item {{ $0.name }}

            {{~ if $0.bad ~}}
            <div>{{ $0.name }}</div>

            {{~ end ~}}
            """,
    };

    private const string LoopOverPartial = """
        # Report

        {{~ for i in items ~}}
        {{ partial "item" i }}
        {{~ end ~}}
        """;

    [Fact]
    public void Partial_renders_into_the_output_with_its_argument()
    {
        using var t = TempTemplate.Create("A {{ partial \"p\" 'x' }} B", files: new Dictionary<string, string> { ["partials/p.sbn"] = "[{{ $0 }}|{{ title }}]" });
        Assert.Equal("A [x|T] B", t.RenderOk(Notes).Markup);
    }

    [Fact]
    public void Markup_error_written_by_a_partial_in_a_loop_cites_the_partial_file_and_line()
    {
        using var t = TempTemplate.Create(LoopOverPartial, files: ItemPartial);
        var rendered = t.RenderOk(Notes);
        var error = Assert.Single(MarkupConverter.Convert(rendered).Diagnostics);
        Assert.Equal(ErrorCodes.MarkupRawHtml, error.Code);
        Assert.Equal(new SourceLocation(t.FileOf("partials/item.sbn"), 4, 1), error.Location);
        Assert.StartsWith($"{t.FileOf("partials/item.sbn")}:4:1: error RF1201: raw HTML is not allowed in the markup: '<div>c</div>'", error.ToString());
    }

    [Fact]
    public void Map_locates_partial_text_and_values_in_the_partial_and_caller_text_in_the_caller()
    {
        using var t = TempTemplate.Create(LoopOverPartial, files: ItemPartial);
        var rendered = t.RenderOk(Notes.Replace(""", "bad": true""", "", StringComparison.Ordinal));
        var markup = rendered.Markup;
        var partial = t.FileOf("partials/item.sbn");
        Assert.Equal(new SourceLocation(t.EntryFile, 1, 1), rendered.Map.Locate(0));
        Assert.Equal(new SourceLocation(partial, 1, 1), rendered.Map.Locate(markup.IndexOf("Item b", StringComparison.Ordinal)));
        // The value maps to its expression in the partial, not to the caller's `partial` call.
        Assert.Equal(new SourceLocation(partial, 1, 9), rendered.Map.Locate(markup.IndexOf("Item b", StringComparison.Ordinal) + 5));
    }

    [Fact]
    public void Runtime_error_inside_a_partial_cites_the_partial()
    {
        using var t = TempTemplate.Create("x\n{{ partial \"p\" }}", files: new Dictionary<string, string> { ["partials/p.sbn"] = "ok\n  {{ nosuch }}" });
        var d = t.RenderError(Notes);
        Assert.Equal(ErrorCodes.TemplateRuntime, d.Code);
        Assert.Equal(new SourceLocation(t.FileOf("partials/p.sbn"), 2, 6), d.Location);
    }

    [Fact]
    public void Syntax_error_in_a_partial_cites_the_partial()
    {
        using var t = TempTemplate.Create("{{ partial \"p\" }}", files: new Dictionary<string, string> { ["partials/p.sbn"] = "line\n{{ if }}" });
        var result = t.Render(Notes);
        Assert.False(result.Succeeded);
        var d = result.Diagnostics[0];
        Assert.Equal(ErrorCodes.TemplateSyntax, d.Code);
        Assert.Equal(t.FileOf("partials/p.sbn"), d.Location!.File);
        Assert.Equal(2, d.Location.Line);
    }

    [Fact]
    public void Missing_partial_is_located_at_the_call_and_names_both_places_looked()
    {
        using var t = TempTemplate.Create("one\n  {{ partial \"nope\" }}", shared: new Dictionary<string, string> { ["partials/other.sbn"] = "" });
        var d = t.RenderError(Notes);
        Assert.Equal($"{t.EntryFile}:2:6: error RF1107: no partial named 'nope' (looked for {t.FileOf("partials/nope.sbn")} and {t.SharedFileOf("partials/nope.sbn")})", d.ToString());
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("c:\\\\x")]
    public void Partial_names_that_leave_the_template_folder_are_errors(string name)
    {
        using var t = TempTemplate.Create($"{{{{ partial \"{name}\" }}}}");
        var d = t.RenderError(Notes);
        Assert.Equal(ErrorCodes.TemplateIncludeOutside, d.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 1, 4), d.Location);
        Assert.Contains("leaves the template folder", d.Message);
    }

    [Fact]
    public void Shared_partial_is_found_beside_the_template_and_cited_there()
    {
        using var t = TempTemplate.Create("{{ partial \"s\" }}", shared: new Dictionary<string, string> { ["partials/s.sbn"] = "shared\n<b>x</b>" });
        var rendered = t.RenderOk(Notes);
        Assert.Equal("shared\n<b>x</b>", rendered.Markup);
        var error = Assert.Single(MarkupConverter.Convert(rendered).Diagnostics);
        Assert.Equal(new SourceLocation(t.SharedFileOf("partials/s.sbn"), 2, 1), error.Location);
    }

    [Fact]
    public void Template_partial_wins_over_the_shared_one()
    {
        using var t = TempTemplate.Create("{{ partial \"s\" }}",
            files: new Dictionary<string, string> { ["partials/s.sbn"] = "own" },
            shared: new Dictionary<string, string> { ["partials/s.sbn"] = "shared" });
        Assert.Equal("own", t.RenderOk(Notes).Markup);
    }

    [Fact]
    public void Layout_wraps_the_body_where_it_calls_render_body()
    {
        using var t = TempTemplate.Create("body {{ title }}\n",
            manifest: """{ "name": "test", "layout": "base" }""",
            shared: new Dictionary<string, string> { ["layouts/base.sbn"] = "before\n{{ render_body }}after\n" });
        var rendered = t.RenderOk(Notes);
        Assert.Equal("before\nbody T\nafter\n", rendered.Markup);
        Assert.Equal(new SourceLocation(t.SharedFileOf("layouts/base.sbn"), 1, 1), rendered.Map.Locate(0));
        Assert.Equal(new SourceLocation(t.EntryFile, 1, 1), rendered.Map.Locate(rendered.Markup.IndexOf("body", StringComparison.Ordinal)));
        Assert.Equal(new SourceLocation(t.SharedFileOf("layouts/base.sbn"), 2, 18), rendered.Map.Locate(rendered.Markup.IndexOf("after", StringComparison.Ordinal)));
    }

    [Fact]
    public void Missing_layout_is_cited_at_template_json()
    {
        using var t = TempTemplate.Create("x", manifest: """{ "name": "test", "layout": "nope" }""");
        var d = t.RenderError(Notes);
        Assert.Equal($"{t.FileOf("template.json")}: error RF1107: no layout named 'nope' (looked for {t.FileOf("layouts/nope.sbn")})", d.ToString());
    }

    [Fact]
    public void Render_body_outside_a_layout_is_an_error_at_the_call()
    {
        using var t = TempTemplate.Create("a\n{{ render_body }}");
        var d = t.RenderError(Notes);
        Assert.Equal($"{t.EntryFile}:2:4: error RF1104: render_body is for layouts; this file is not used as a layout", d.ToString());
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_recursion_limit()
    {
        using var t = TempTemplate.Create("{{ partial \"loop\" }}", files: new Dictionary<string, string> { ["partials/loop.sbn"] = "x{{ partial \"loop\" }}" });
        var d = t.RenderError(Notes);
        Assert.Equal(ErrorCodes.TemplateRecursionLimit, d.Code);
        Assert.Equal(t.FileOf("partials/loop.sbn"), d.Location!.File);
    }
}
