using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

public sealed class ChartFunctionsTests
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "talks": { "type": "array", "items": { "type": "object", "properties": {
              "date": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "string" } } } }
          }
        }
        """;

    // Titles that would break markup or JSON written naively: a fence, a container end, quotes, a pipe, a line break.
    private const string Notes = """
        { "talks": [
          { "date": "2022-01-12", "title": "NATO ``` Council", "status": "held" },
          { "date": "2022-01-10", "title": "US–Russia \"talks\" | Geneva\n:::", "status": "held" },
          { "date": "2022-01-13", "title": "OSCE <b>&amp;</b>", "status": "scheduled" },
          { "title": "Undated", "status": "postponed" }
        ] }
        """;

    private static (Document Document, string Markup) Render(string template, string notes = Notes)
    {
        using var t = TempTemplate.Create(template, schema: Schema);
        var rendered = t.RenderOk(notes);
        var result = MarkupConverter.Convert(rendered);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics) + "\n" + rendered.Markup);
        return (result.Value, rendered.Markup);
    }

    [Fact]
    public void Chart_counts_counts_items_by_a_fields_value_in_first_seen_order()
    {
        var (document, markup) = Render("::: chart {type=\"pie\" title=\"By status\"}\n{{ chart_counts talks \"status\" }}\n:::\n");
        Assert.Contains("```json\n{\"categories\":[\"held\",\"scheduled\",\"postponed\"],\"series\":[{\"name\":\"\",\"values\":[2,1,1]}]}\n```", markup);
        var chart = Assert.IsType<Chart>(Assert.Single(document.Blocks));
        Assert.Equal((ChartKind.Pie, "By status"), (chart.Kind, chart.Title));
        Assert.Equal(["held", "scheduled", "postponed"], chart.Categories.Select(c => c.Label));
        Assert.Equal([2.0, 1, 1], Assert.Single(chart.Series).Values);
    }

    [Fact]
    public void Chart_counts_takes_a_series_name()
    {
        var (document, _) = Render("::: chart {type=\"bar\"}\n{{ chart_counts talks \"status\" \"Talks\" }}\n:::\n");
        Assert.Equal("Talks", Assert.Single(Assert.IsType<Chart>(Assert.Single(document.Blocks)).Series).Name);
    }

    [Fact]
    public void Chart_timeline_gives_dated_events_in_date_order_with_every_character_of_their_titles()
    {
        var (document, markup) = Render("::: chart {type=\"timeline\"}\n{{ chart_timeline talks \"date\" \"title\" \"status\" }}\n:::\n");
        Assert.DoesNotContain("NATO ```", markup);
        Assert.Contains("NATO \\u0060\\u0060\\u0060 Council", markup);
        var chart = Assert.IsType<Chart>(Assert.Single(document.Blocks));
        Assert.Equal([new DateOnly(2022, 1, 10), new DateOnly(2022, 1, 12), new DateOnly(2022, 1, 13)], chart.Categories.Select(c => c.Date!.Value));
        Assert.Equal(["US–Russia \"talks\" | Geneva\n:::", "NATO ``` Council", "OSCE <b>&amp;</b>"], chart.PointLabels);
        Assert.Equal(["held", "held", "scheduled"], chart.Groups);
    }

    [Fact]
    public void A_date_that_is_no_date_is_a_chart_error_at_the_template_line()
    {
        using var t = TempTemplate.Create("# Talks\n\n::: chart {type=\"timeline\"}\n{{ chart_timeline talks \"date\" \"title\" }}\n:::\n", schema: Schema);
        var rendered = t.RenderOk("""{ "talks": [ { "date": "10 January", "title": "Geneva" } ] }""");
        var error = Assert.Single(MarkupConverter.Convert(rendered).Diagnostics);
        Assert.Equal(ErrorCodes.ChartBadDate, error.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 4, 4), error.Location); // the expression that wrote the block
        Assert.Equal("'10 January' is not a date; write dates as yyyy-MM-dd, such as 2022-01-10 (markup line 4)", error.Message);
    }

    [Fact]
    public void A_chart_function_given_no_list_is_a_template_error()
    {
        using var t = TempTemplate.Create("{{ chart_counts \"talks\" \"status\" }}", schema: Schema);
        var error = t.RenderError("""{ "talks": [] }""");
        Assert.Contains("chart_counts: expected a list but got text", error.Message);
        Assert.Equal(1, error.Location!.Line);
    }
}
