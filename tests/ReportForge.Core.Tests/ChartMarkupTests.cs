using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

public sealed class ChartMarkupTests
{
    private static Chart One(string markup)
    {
        var result = MarkupConverter.Convert(markup, new DocumentMetadata { Title = "M" });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Assert.IsType<Chart>(Assert.Single(result.Value.Blocks));
    }

    private static Diagnostic Error(string markup)
    {
        var result = MarkupConverter.Convert(markup, new DocumentMetadata());
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void A_pipe_table_gives_categories_and_a_series_per_column()
    {
        var chart = One("""
            ::: chart {type="column" title="Talks by status" alt="Two held, one scheduled" stacked="true" tones="held,scheduled"}
            | Status | Talks | Calls |
            |---|--:|--:|
            | Held | 2 | 1.5 |
            | Scheduled | 1 | 0 |
            :::
            """);
        Assert.Equal(ChartKind.Column, chart.Kind);
        Assert.True(chart.Stacked);
        Assert.Equal("Talks by status", chart.Title);
        Assert.Equal("Two held, one scheduled", chart.AltText);
        Assert.Equal("Status", chart.CategoryName);
        Assert.Equal(["Held", "Scheduled"], chart.Categories.Select(c => c.Label));
        Assert.Equal([("Talks", "held", "2 1"), ("Calls", "scheduled", "1.5 0")],
            chart.Series.Select(s => (s.Name, s.Tone, string.Join(" ", s.Values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))))));
        Assert.Equal(1, chart.Origin!.MarkupLine);
    }

    [Fact]
    public void A_timeline_table_gives_dated_events_with_labels_and_groups()
    {
        // Template output escapes punctuation ("2022\-01\-10", "US\–Russia"): the cells are read as the text they show.
        var chart = One("""
            ::: chart {type="timeline" title="The talks"}
            | Date | Talk | Status |
            |---|---|---|
            | 2022\-01\-10 | US–Russia talks \(Geneva\) | held |
            | 2022\-01\-12 | NATO\-Russia Council | scheduled |
            :::
            """);
        Assert.Equal([new DateOnly(2022, 1, 10), new DateOnly(2022, 1, 12)], chart.Categories.Select(c => c.Date!.Value));
        Assert.Equal(["US–Russia talks (Geneva)", "NATO-Russia Council"], chart.PointLabels);
        Assert.Equal(["held", "scheduled"], chart.Groups);
        Assert.Empty(chart.Series);
    }

    [Fact]
    public void A_json_block_gives_the_same_chart()
    {
        var chart = One("""
            ::: chart {type="line"}
            ```json
            {"categories": ["2022-01-10", "2022-01-12"], "series": [{"name": "Quotes", "values": [3, 4.25], "tone": "held"}]}
            ```
            :::
            """);
        Assert.Equal(ChartKind.Line, chart.Kind);
        Assert.Equal([new DateOnly(2022, 1, 10), new DateOnly(2022, 1, 12)], chart.Categories.Select(c => c.Date!.Value));
        var series = Assert.Single(chart.Series);
        Assert.Equal(("Quotes", "held"), (series.Name, series.Tone));
        Assert.Equal([3, 4.25], series.Values);
    }

    [Fact]
    public void A_json_timeline_gives_events()
    {
        var chart = One("""
            ::: chart {type="timeline"}
            ```json
            {"events": [{"date": "2022-01-13", "label": "OSCE", "group": "held"}, {"date": "2022-01-10", "label": "Geneva"}]}
            ```
            :::
            """);
        Assert.Equal(["2022-01-13", "2022-01-10"], chart.Categories.Select(c => c.Label));
        Assert.Equal(["OSCE", "Geneva"], chart.PointLabels);
        Assert.Equal(["held", ""], chart.Groups);
    }

    [Theory]
    [InlineData("::: chart {type=\"column\"}\n:::\n", ErrorCodes.ChartNoData, 0, "the chart has no data")]
    [InlineData("::: chart {type=\"column\"}\n| a | b |\n|---|---|\n:::\n", ErrorCodes.ChartNoData, 1, "no rows of data")]
    [InlineData("::: chart {type=\"column\"}\n| a | b | c |\n|---|---|---|\n| x | 1 | 2 |\n| y | 3 |\n:::\n", ErrorCodes.ChartSeriesLengths, 4,
        "this row has no value for 'c'; give every series")]
    [InlineData("::: chart {type=\"bar\"}\n| a | b |\n|---|---|\n| x | 1,5 |\n:::\n", ErrorCodes.ChartBadNumber, 3, "'1,5' is not a number")]
    [InlineData("::: chart {type=\"bar\"}\n| a | b |\n|---|---|\n| x |  |\n:::\n", ErrorCodes.ChartSeriesLengths, 3, "this row has no value for 'b'")]
    [InlineData("::: chart {type=\"timeline\"}\n| Date | Talk |\n|---|---|\n| 10/01/2022 | Geneva |\n:::\n", ErrorCodes.ChartBadDate, 3,
        "'10/01/2022' is not a date; write dates as yyyy-MM-dd")]
    [InlineData("::: chart {type=\"line\"}\n| d | v |\n|---|---|\n| 2022-01-10 | 1 |\n| 2022-02-30 | 2 |\n:::\n", ErrorCodes.ChartBadDate, 4,
        "'2022-02-30' is not a date")]
    [InlineData("::: chart {type=\"radar\"}\n| a | b |\n|---|---|\n| x | 1 |\n:::\n", ErrorCodes.ChartUnknownType, 0,
        "type=\"radar\" is not a kind of chart; use timeline, bar, column, line, pie or donut")]
    [InlineData("::: chart\n| a | b |\n|---|---|\n| x | 1 |\n:::\n", ErrorCodes.ChartUnknownType, 0, "'::: chart' needs a type")]
    [InlineData("::: chart {type=\"pie\" stacked=\"true\"}\n| a | b |\n|---|---|\n| x | 1 |\n:::\n", ErrorCodes.ChartBadContent, 0,
        "stacked applies to bar and column charts, not to a pie chart")]
    [InlineData("::: chart {type=\"pie\"}\nSome words\n:::\n", ErrorCodes.ChartBadContent, 1, "not a paragraph")]
    [InlineData("::: chart {type=\"pie\"}\n```json\n{\"categories\": [\"a\"], \"series\": [{\"name\": \"n\", \"values\": [1, 2]}]}\n```\n:::\n",
        ErrorCodes.ChartSeriesLengths, 1, "series \"n\" has 2 values for 1 categories")]
    [InlineData("::: chart {type=\"pie\"}\n```json\n{\"categories\": [\"a\"], \"series\": [{\"name\": \"n\", \"values\": [\"1\"]}]}\n```\n:::\n",
        ErrorCodes.ChartBadNumber, 1, "\"1\" in series \"n\" is not a number")]
    [InlineData("::: chart {type=\"pie\"}\n```json\n{\"categories\": [\"a\"],\n \"series\": [}\n```\n:::\n", ErrorCodes.ChartBadJson, 1,
        "the chart's json is not valid JSON (json line 2)")]
    [InlineData("::: chart {type=\"timeline\"}\n```json\n{\"events\": [{\"date\": \"2022-13-01\"}]}\n```\n:::\n", ErrorCodes.ChartBadDate, 1,
        "'2022-13-01' is not a date")]
    public void Bad_chart_data_is_a_located_error(string markup, string code, int line, string message)
    {
        var error = Error(markup);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
        Assert.Equal(new SourceLocation("markup", line + 1, 1), error.Location);
        Assert.EndsWith($"(markup line {line + 1})", error.Message);
    }

    [Fact]
    public void A_chart_error_in_a_template_cites_the_template_line_then_the_markup_line()
    {
        using var t = TempTemplate.Create("""
            # Report

            ::: chart {type="column"}
            | Name | Value |
            |---|---|
            {{- for i in items }}
            | {{ i.name }} | {{ i.value }} |
            {{- end }}
            :::
            """);
        var rendered = t.RenderOk("""{ "items": [ { "name": "a", "value": 1 }, { "name": "b", "value": "lots" } ] }""");
        var result = MarkupConverter.Convert(rendered);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.ChartBadNumber, error.Code);
        Assert.Equal(t.EntryFile, error.Location!.File);
        Assert.Equal(7, error.Location.Line);
        Assert.Equal("'lots' is not a number; write values with a point for decimals and no thousands separator, such as 1234.5 (markup line 7)",
            error.Message);
    }
}
