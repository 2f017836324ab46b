using ReportForge.Charts;
using ReportForge.Model;

namespace ReportForge.Tests;

public sealed class ChartTextTests
{
    private static readonly Chart Counts = new(ChartKind.Column, "Talks by status",
        [new("Held"), new("Scheduled")], [new ChartSeries("Talks", [1234.5, 1])]);

    private static readonly Chart Timeline = new(ChartKind.Timeline, null,
        [new("2022-01-10", new DateOnly(2022, 1, 10)), new("2022-01-13", new DateOnly(2022, 1, 13))], [])
    {
        PointLabels = ["Geneva", "OSCE"],
        Groups = ["held", "scheduled"],
    };

    private static ChartWords Words(string culture)
    {
        var path = Path.Combine(TestPaths.Templates, "_shared", "strings", culture + ".json");
        var strings = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
        return new ChartWords(strings, culture);
    }

    [Theory]
    [InlineData("en", "Column chart: Talks by status. Held 1,234.5; Scheduled 1.")]
    [InlineData("fr", "Histogramme\u00a0: Talks by status. Held 1\u202f234,5; Scheduled 1.")]
    [InlineData("de", "Säulendiagramm: Talks by status. Held 1.234,5; Scheduled 1.")]
    [InlineData("es", "Gráfico de columnas: Talks by status. Held 1.234,5; Scheduled 1.")]
    public void Generated_alt_text_is_a_sentence_and_the_values_in_the_reports_culture(string culture, string expected) =>
        Assert.Equal(expected, ChartAlt.Text(Counts, Words(culture)));

    [Fact]
    public void A_timeline_says_its_span_and_each_event_with_its_group()
    {
        Assert.Equal("Zeitleiste. Von 10. Jan. 2022 bis 13. Jan. 2022. 10. Jan. 2022 Geneva (held); 13. Jan. 2022 OSCE (scheduled).",
            ChartAlt.Text(Timeline, Words("de")));
        Assert.Equal("Given", ChartAlt.Text(Timeline with { AltText = "Given" }, Words("de")));
    }

    [Fact]
    public void Several_series_name_each_value()
    {
        var chart = Counts with { Stacked = true, Series = [new ChartSeries("Talks", [2, 1]), new ChartSeries("Calls", [0, 3])] };
        Assert.Equal("Stacked column chart: Talks by status. Held: Talks 2, Calls 0; Scheduled: Talks 1, Calls 3.", ChartAlt.Text(chart, Words("en")));
    }

    [Fact]
    public void The_data_table_has_the_title_as_caption_a_header_row_and_every_value()
    {
        var table = ChartTable.Of(Counts with { CategoryName = "Status" }, Words("fr"));
        Assert.Equal("Talks by status", table.Caption);
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(["Status | Talks", "Held | 1\u202f234,5", "Scheduled | 1"], table.Rows.Select(Row));
        Assert.Equal([CellAlignment.Left, CellAlignment.Right], table.Columns.Select(c => c.Alignment));
    }

    [Fact]
    public void An_untitled_timelines_table_takes_the_generated_sentence_as_caption_and_the_strings_headers()
    {
        var table = ChartTable.Of(Timeline, Words("fr"));
        Assert.Equal("Frise chronologique. Du 10 janv. 2022 au 13 janv. 2022.", table.Caption);
        Assert.Equal(["Date | Événement | Groupe", "10 janv. 2022 | Geneva | held", "13 janv. 2022 | OSCE | scheduled"], table.Rows.Select(Row));
    }

    [Fact]
    public void The_same_chart_gives_the_same_table_to_both_writers()
    {
        var words = Words("en");
        Assert.Same(ChartTable.Of(Counts, words), ChartTable.Of(Counts, words));
    }

    [Fact]
    public void A_thousand_categories_keep_the_eleven_largest_in_order_and_sum_the_rest_as_other()
    {
        var categories = Enumerable.Range(0, 1000).Select(i => new ChartCategory($"c{i}")).ToList();
        // c500..c510 are the largest; every other category is worth 1.
        var values = Enumerable.Range(0, 1000).Select(i => i is >= 500 and <= 510 ? 100.0 + i : 1.0).ToList();
        var chart = new Chart(ChartKind.Column, null, categories, [new ChartSeries("n", values)]);
        var shown = ChartFit.Shown(chart, Words("de"));
        Assert.Equal(ChartFit.MaxCategories, shown.Categories.Count);
        Assert.Equal([.. Enumerable.Range(500, 11).Select(i => $"c{i}"), "Sonstige"], shown.Categories.Select(c => c.Label));
        Assert.Equal(989, shown.Series[0].Values[^1]);
        Assert.Equal(values.Sum(), shown.Series[0].Values.Sum());
        Assert.Equal(1000, ChartTable.Of(chart, Words("de")).BodyRows.Count());
    }

    [Fact]
    public void A_pie_groups_past_eight_slices_and_a_small_chart_is_left_alone()
    {
        var pie = new Chart(ChartKind.Pie, null, [.. Enumerable.Range(0, 9).Select(i => new ChartCategory($"s{i}"))],
            [new ChartSeries("n", [.. Enumerable.Range(0, 9).Select(i => (double)i)])]);
        var shown = ChartFit.Shown(pie, Words("en"));
        Assert.Equal(["s2", "s3", "s4", "s5", "s6", "s7", "s8", "Other"], shown.Categories.Select(c => c.Label));
        Assert.Equal(1, shown.Series[0].Values[^1]);
        Assert.Same(Counts, ChartFit.Shown(Counts, Words("en")));
    }

    [Fact]
    public void A_timeline_of_a_thousand_talks_labels_every_forty_second_and_keeps_every_point()
    {
        var start = new DateOnly(2022, 1, 1);
        var talks = new Chart(ChartKind.Timeline, null,
            [.. Enumerable.Range(0, 1000).Select(i => new ChartCategory("", start.AddDays(i)))], [])
        { PointLabels = [.. Enumerable.Range(0, 1000).Select(i => $"talk {i}")] };
        Assert.Same(talks, ChartFit.Shown(talks, Words("en")));
        Assert.Equal(42, ChartFit.LabelStep(1000));
        var labelled = Enumerable.Range(0, 1000).Where(i => ChartFit.Labelled(i, 1000)).ToList();
        Assert.Equal(24, labelled.Count);
        Assert.Equal([0, 42, 84], labelled.Take(3));
        Assert.Equal(1, ChartFit.LabelStep(24));
        Assert.Equal(2, ChartFit.LabelStep(25));
    }

    private static string Row(TableRow row) => string.Join(" | ", row.Cells.Select(c => InlineText.Plain(c.Content)));
}
