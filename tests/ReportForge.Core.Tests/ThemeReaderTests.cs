using ReportForge.Diagnostics;
using ReportForge.Theming;

namespace ReportForge.Tests;

/// <summary>theme.json is read into typed, range-checked values, every error at the place of its value.</summary>
public sealed class ThemeReaderTests
{
    private static Theme Read(string json)
    {
        var result = ThemeReader.Read(json, "theme.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    private static Diagnostic Error(string json)
    {
        var result = ThemeReader.Read(json, "theme.json");
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    private static void AssertAt(Diagnostic d, string code, int line, int column, string pointer)
    {
        Assert.Equal(code, d.Code);
        Assert.Equal(("theme.json", line, column, pointer), (d.Location!.File, d.Location.Line, d.Location.Column, d.Location.Pointer));
    }

    [Fact]
    public void An_empty_theme_is_the_built_in_one()
    {
        var theme = Read("{}");
        Assert.Equal(PageSize.A4, theme.Page.Size);
        Assert.Equal(TextAlign.Justify, theme.TextAlign);
        Assert.Equal(new Rgb(0x1b, 0x1f, 0x24), theme.Colors.Text);
        Assert.Equal("{title}", theme.Header.Left);
    }

    [Fact]
    public void Values_are_read_into_their_types()
    {
        var theme = Read("""
            {
              // comments and trailing commas are allowed, as before
              "page": { "size": "letter", "orientation": "Landscape", "margin_left": 40, },
              "sizes": { "body": 11 },
              "colors": { "heading": "#FF8000", "link": "00ff00" },
              "banner": { "colors": { "SECRET": "#aa0000" } },
              "header": { "right": "{date}" },
              "text_align": "left"
            }
            """);
        Assert.Equal((PageSize.Letter, PageOrientation.Landscape, 40.0), (theme.Page.Size, theme.Page.Orientation, theme.Page.MarginLeft));
        Assert.Equal((792.0, 612.0), theme.Page.Dimensions);
        Assert.Equal(11, theme.Sizes.Body);
        Assert.Equal(new Rgb(0xff, 0x80, 0x00), theme.Colors.Heading);
        Assert.Equal(new Rgb(0, 0xff, 0), theme.Colors.Link);
        Assert.Equal(new Rgb(0xaa, 0, 0), theme.Banner.ColorFor("secret"));
        Assert.Equal(theme.Banner.DefaultColor, theme.Banner.ColorFor("OFFICIAL"));
        // A header named in the theme starts empty, as it did when the theme was deserialized.
        Assert.Equal(("", "{date}"), (theme.Header.Left, theme.Header.Right));
        Assert.Equal(TextAlign.Left, theme.TextAlign);
    }

    [Theory]
    [InlineData("""{"sizes": {"body": 0}}""", "/sizes/body", "sizes.body: 0 is out of range; a font size must lie between 1 and 200 pt")]
    [InlineData("""{"sizes": {"h1": 1000}}""", "/sizes/h1", "sizes.h1: 1000 is out of range; a font size must lie between 1 and 200 pt")]
    [InlineData("""{"spacing": {"heading_before": -1000}}""", "/spacing/heading_before", "spacing.heading_before: -1000 is out of range; spacing must lie between 0 and 144 pt")]
    [InlineData("""{"spacing": {"line_height": 0.1}}""", "/spacing/line_height", "spacing.line_height: 0.1 is out of range; a line height must lie between 0.8 and 3 times the font size")]
    [InlineData("""{"spacing": {"cell_padding": 50}}""", "/spacing/cell_padding", "between 0 and 36 pt")]
    [InlineData("""{"page": {"margin_top": -1}}""", "/page/margin_top", "page.margin_top: -1 is out of range; a margin must lie between 0 and 720 pt")]
    [InlineData("""{"watermark": {"opacity": 1.5}}""", "/watermark/opacity", "watermark.opacity: 1.5 is out of range; an opacity must lie between 0 and 1")]
    [InlineData("""{"sizes": {"body": 1e400}}""", "/sizes/body", "sizes.body: 1e400 is out of range")]
    public void Numbers_outside_their_range_are_RF1120_at_the_value(string json, string pointer, string message)
    {
        var d = Error(json);
        Assert.Equal(ErrorCodes.ThemeValueInvalid, d.Code);
        Assert.Equal(pointer, d.Location!.Pointer);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void An_error_names_line_and_column_of_its_value()
    {
        var d = Error("{\n  \"sizes\": {\n    \"body\": 0\n  }\n}");
        AssertAt(d, ErrorCodes.ThemeValueInvalid, 3, 13, "/sizes/body");
        Assert.Equal("theme.json:3:13: error RF1120: sizes.body: 0 is out of range; a font size must lie between 1 and 200 pt", d.ToString());
    }

    [Theory]
    [InlineData("""{"page": {"size": "A0"}}""", "/page/size", "page.size: \"A0\" is not allowed here; use one of \"A4\", \"Letter\", \"Legal\"")]
    [InlineData("""{"page": {"orientation": "diagonal"}}""", "/page/orientation", "page.orientation: \"diagonal\" is not allowed here; use one of \"portrait\", \"landscape\"")]
    [InlineData("""{"text_align": "center"}""", "", "text_align: \"center\" is not allowed here; use one of \"justify\", \"left\"")]
    public void Words_outside_their_enum_are_RF1121_listing_the_allowed_ones(string json, string pointerPrefix, string message)
    {
        var d = Error(json);
        Assert.Equal(ErrorCodes.ThemeValueNotAllowed, d.Code);
        Assert.StartsWith(pointerPrefix, d.Location!.Pointer);
        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#12345g")]
    [InlineData("#1234567")]
    public void A_colour_that_is_not_six_hex_digits_is_RF1122(string colour)
    {
        var d = Error("{\"colors\": {\"accent\": \"" + colour + "\"}}");
        AssertAt(d, ErrorCodes.ThemeColourInvalid, 1, 23, "/colors/accent");
        Assert.Contains($"\"{colour}\" is not a colour", d.Message);
    }

    [Theory]
    [InlineData("""{"sizes": {"body": "big"}}""", "sizes.body: expected a number, not a string")]
    [InlineData("""{"header": null}""", "header: expected an object, not null")]
    [InlineData("""{"banner": {"enabled": "yes"}}""", "banner.enabled: expected true or false, not a string")]
    [InlineData("""{"colors": {"text": 0}}""", "colors.text: expected a colour such as \"#1f3864\", not a number")]
    [InlineData("""{"fonts": {"body": ""}}""", "fonts.body: a font family name cannot be empty")]
    [InlineData("""{"fonts": {"body": "x\ud800"}}""", "fonts.body: the string holds \\ud800, half of a surrogate pair")]
    public void Values_of_the_wrong_type_are_RF1120(string json, string message)
    {
        var d = Error(json);
        Assert.Equal(ErrorCodes.ThemeValueInvalid, d.Code);
        Assert.StartsWith(message, d.Message);
    }

    [Fact]
    public void Hyphenate_is_on_by_default_and_the_theme_turns_it_off()
    {
        Assert.True(Read("{}").Hyphenate);
        Assert.False(Read("""{"hyphenate": false}""").Hyphenate);
        Assert.True(Read("""{"hyphenate": true}""").Hyphenate);
    }

    [Fact]
    public void Hyphenate_that_is_not_true_or_false_is_RF1120_at_its_pointer()
    {
        var d = Error("{\n  \"hyphenate\": \"no\"\n}");
        AssertAt(d, ErrorCodes.ThemeValueInvalid, 2, 16, "/hyphenate");
        Assert.Equal("hyphenate: expected true or false, not a string", d.Message);
    }

    [Fact]
    public void Charts_data_table_is_off_by_default_and_must_be_true_or_false()
    {
        Assert.False(Read("{}").Charts.DataTable);
        Assert.True(Read("""{"charts": {"data_table": true}}""").Charts.DataTable);
        var d = Error("{\n  \"charts\": {\"data_table\": 1}\n}");
        AssertAt(d, ErrorCodes.ThemeValueInvalid, 2, 28, "/charts/data_table");
        Assert.Equal("charts.data_table: expected true or false, not a number", d.Message);
    }

    [Fact]
    public void Tab_size_sets_the_code_tab_stops_of_the_style_sheet()
    {
        Assert.Equal(4, new StyleSheet(Read("{}")).CodeTabColumns);
        Assert.Equal(8, new StyleSheet(Read("""{"tab_size": 8}""")).CodeTabColumns);
    }

    [Theory]
    [InlineData("{\n  \"tab_size\": 0\n}", "tab_size: 0 is out of range; tab_size must lie between 1 and 16 columns")]
    [InlineData("{\n  \"tab_size\": 2.5\n}", "tab_size: 2.5 is not a whole number; tab_size counts columns")]
    public void A_tab_size_that_is_not_a_whole_number_of_columns_is_RF1120_at_its_pointer(string json, string message)
    {
        var d = Error(json);
        AssertAt(d, ErrorCodes.ThemeValueInvalid, 2, 15, "/tab_size");
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void Margins_that_leave_no_room_for_text_are_RF1124_at_the_larger_margin()
    {
        var d = Error("""{"page": {"margin_left": 100, "margin_right": 400}}""");
        AssertAt(d, ErrorCodes.ThemePageNoRoom, 1, 47, "/page/margin_right");
        Assert.Equal("page.margin_right: the margins (100 pt and 400 pt) leave 95.28 pt of the page's 595.28 pt width for text; at least 144 pt must remain", d.Message);
    }

    [Fact]
    public void Landscape_turns_the_room_check_too()
    {
        // 700 pt of margins fit across a landscape A4 (841.89 pt) but not a portrait one (595.28 pt).
        Read("""{"page": {"orientation": "landscape", "margin_left": 350, "margin_right": 300}}""");
        Assert.Equal(ErrorCodes.ThemePageNoRoom, Error("""{"page": {"margin_left": 350, "margin_right": 300}}""").Code);
    }

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        var result = ThemeReader.Read("""{"page": {"size": "A0", "orientation": "diagonal"}, "sizes": {"body": 0}, "text_align": "center"}""", "theme.json");
        Assert.Equal(["RF1121", "RF1121", "RF1120", "RF1121"], result.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("""{"colours": {}}""", "/colours", "colours: unknown key 'colours' in the theme, ignored; did you mean 'colors'?")]
    [InlineData("""{"sizes": {"bdoy": 11}}""", "/sizes/bdoy", "sizes.bdoy: unknown key 'bdoy' in 'sizes', ignored; did you mean 'body'?")]
    [InlineData("""{"page": {"margintop": 11}}""", "/page/margintop", "did you mean 'margin_top'?")]
    [InlineData("""{"margin_top": 11}""", "/margin_top", "margin_top: unknown key 'margin_top' in the theme, ignored; it belongs in 'page'")]
    [InlineData("""{"sizes": {"huge": 11}}""", "/sizes/huge", "'sizes' knows body, small, title, subtitle, h1, h2, h3, code, table")]
    public void Unknown_keys_are_RF1123_warnings_with_the_nearest_known_key(string json, string pointer, string message)
    {
        var result = ThemeReader.Read(json, "theme.json");
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.ThemeUnknownKey, Severity.Warning, pointer), (d.Code, d.Severity, d.Location!.Pointer));
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void An_unknown_key_is_located_on_the_key()
    {
        var d = Assert.Single(ThemeReader.Read("{\n  \"sizes\": {\n    \"bdy\": 12\n  }\n}", "theme.json").Diagnostics);
        Assert.Equal(("theme.json", 3, 5, "/sizes/bdy"), (d.Location!.File, d.Location.Line, d.Location.Column, d.Location.Pointer));
    }

    [Fact]
    public void Malformed_json_is_RF1102_at_its_place()
    {
        var d = Error("{\n  \"sizes\": { \"body\": 11 \n  \"x\": 1 }\n}");
        AssertAt(d, ErrorCodes.TemplatePackageInvalid, 3, 3, null!);
        Assert.StartsWith("malformed JSON: ", d.Message);
    }

    [Fact]
    public void Every_shipped_theme_reads_without_a_diagnostic()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "templates"), "theme.json", SearchOption.AllDirectories))
        {
            var result = ThemeReader.Read(File.ReadAllText(file), file);
            Assert.True(result.Succeeded && result.Diagnostics.Count == 0, file + ": " + string.Join("; ", result.Diagnostics));
        }
    }
}
