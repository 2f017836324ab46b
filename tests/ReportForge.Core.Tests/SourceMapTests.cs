using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Templating;

namespace ReportForge.Tests;

public sealed class SourceMapTests
{
    private const string Notes = """{ "items": [ { "name": "a" }, { "name": "b" }, { "name": "c", "bad": true } ] }""";

    private static string Loop(string badLine) => $$$"""
        # Report

        {{ for i in items }}
        Item {{ i.name }}

        {{ if i.bad }}
        {{{badLine}}}

        {{ end }}
        {{ end }}
        """;

    private static (Diagnostic Error, RenderedMarkup Rendered, string EntryFile) ConvertError(string template)
    {
        using var t = TempTemplate.Create(template);
        var rendered = t.RenderOk(Notes);
        var result = MarkupConverter.Convert(rendered);
        Assert.False(result.Succeeded, "expected a markup error in:\n" + rendered.Markup);
        return (Assert.Single(result.Diagnostics), rendered, t.EntryFile);
    }

    private static int MarkupLineOf(string markup, string text) => markup[..markup.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void Raw_html_block_written_in_a_loop_cites_the_template_line_then_the_markup_line()
    {
        var (error, rendered, file) = ConvertError(Loop("<div>{{ i.name }}</div>"));
        Assert.Equal(ErrorCodes.MarkupRawHtml, error.Code);
        Assert.Equal(new SourceLocation(file, 7, 1), error.Location);
        var markupLine = MarkupLineOf(rendered.Markup, "<div>");
        Assert.Equal(15, markupLine); // the third pass through the loop, not template line 7
        Assert.EndsWith($"(markup line {markupLine})", error.Message);
        Assert.StartsWith($"{file}:7:1: error RF1201: raw HTML is not allowed in the markup: '<div>c</div>'", error.ToString());
    }

    [Fact]
    public void Unknown_container_written_in_a_loop_cites_the_template_line_then_the_markup_line()
    {
        var (error, rendered, file) = ConvertError(Loop("::: foo"));
        Assert.Equal(ErrorCodes.MarkupUnknownContainer, error.Code);
        Assert.Equal(new SourceLocation(file, 7, 1), error.Location);
        var markupLine = MarkupLineOf(rendered.Markup, "::: foo");
        Assert.Equal(15, markupLine);
        Assert.Equal($"unknown container '::: foo'; the dialect has callout, change, chart, keep, pagebreak and toc (markup line {markupLine})", error.Message);
    }

    [Fact]
    public void Raw_html_inline_cites_its_column_in_the_template_line()
    {
        var (error, rendered, file) = ConvertError(Loop("Text with <span>{{ i.name }}</span> inside"));
        Assert.Equal(ErrorCodes.MarkupRawHtml, error.Code);
        Assert.Equal(new SourceLocation(file, 7, 11), error.Location);
        Assert.EndsWith($"(markup line {MarkupLineOf(rendered.Markup, "Text with")})", error.Message);
    }

    [Fact]
    public void Markup_written_by_a_raw_value_cites_the_expression()
    {
        var (error, rendered, file) = ConvertError(Loop("  {{ '<div>x</div>' | raw }}"));
        Assert.Equal(ErrorCodes.MarkupRawHtml, error.Code);
        // Regression: values were mapped to the enclosing block (here the `if` on line 6), not their expression.
        Assert.Equal(new SourceLocation(file, 7, 6), error.Location);
        Assert.EndsWith($"(markup line {MarkupLineOf(rendered.Markup, "<div>")})", error.Message);
    }

    [Fact]
    public void Map_locates_loop_output_at_the_template_text_that_wrote_it()
    {
        using var t = TempTemplate.Create(Loop("ok"));
        var rendered = t.RenderOk(Notes);
        var markup = rendered.Markup;
        Assert.Equal(new SourceLocation(t.EntryFile, 1, 1), rendered.Map.Locate(0));
        Assert.Equal(new SourceLocation(t.EntryFile, 4, 1), rendered.Map.Locate(markup.IndexOf("Item b", StringComparison.Ordinal)));
        Assert.Equal(new SourceLocation(t.EntryFile, 4, 3), rendered.Map.Locate(markup.IndexOf("em c", StringComparison.Ordinal)));
        // The value itself maps to its expression, not to the `for` that encloses it.
        Assert.Equal(new SourceLocation(t.EntryFile, 4, 9), rendered.Map.Locate(markup.IndexOf("Item b", StringComparison.Ordinal) + 5));
    }

    [Fact]
    public void Without_a_map_markup_errors_cite_the_markup_line()
    {
        var result = MarkupConverter.Convert("para\n\n<div>x</div>\n", new DocumentMetadata());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceLocation("markup", 3, 1), d.Location);
        Assert.EndsWith("(markup line 3)", d.Message);
    }
}
