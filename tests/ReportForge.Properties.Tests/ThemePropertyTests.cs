using CsCheck;
using ReportForge.Diagnostics;
using ReportForge.Theming;

namespace ReportForge.Tests;

/// <summary>
/// Random themes, most of them near misses (a value out of range, of the wrong type, a word not allowed, a key
/// misspelt, half a surrogate pair), through the reader and then the whole pipeline: located errors, or a theme
/// whose every value lies in its range and which renders both outputs.
/// </summary>
public sealed class ThemePropertyTests : IDisposable
{
    private static readonly (string Section, string[] Keys)[] Sections =
    [
        ("page", ["size", "orientation", "margin_top", "margin_bottom", "margin_left", "margin_right"]),
        ("sizes", ["body", "small", "title", "subtitle", "h1", "h2", "h3", "code", "table"]),
        ("spacing", ["line_height", "paragraph", "heading_before", "heading_after", "list_indent", "list_item", "cell_padding", "header_gap"]),
        ("colors", ["text", "heading", "accent", "muted", "link", "table_header", "table_zebra"]),
        ("header", ["left", "center", "right", "on_first_page"]),
        ("watermark", ["text", "color", "opacity", "size"]),
        ("fonts", ["body", "headings", "fallbacks"]),
        ("banner", ["enabled", "text_color", "colors"]),
    ];

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.OneOf("0", "-1", "1", "0.5", "0.8", "3", "10.5", "36", "37", "144", "145", "200", "201", "300", "720", "721", "1e308", "-1e300", "1e400",
            "99999999999999999999999999999999999999"),
        Gen.OneOf("\"A4\"", "\"letter\"", "\"A0\"", "\"landscape\"", "\"diagonal\"", "\"justify\"", "\"center\"", "\"#1f3864\"", "\"1F3864\"",
            "\"red\"", "\"#12345\"", "\"\"", "\"x\\ud800\"", "\"{title} {date}\"", "\"DRAFT\"", "\"DejaVu Sans\""),
        Gen.OneOf("true", "false", "null", "[]", "{}", "[\"DejaVu Sans\"]", "[1]", "{\"SECRET\": \"#aa0000\"}"));

    // A key of the section, sometimes misspelt by a letter.
    private static Gen<string> Key(string[] keys) => Gen.Select(Gen.OneOf(keys), Gen.Int[0, 5], (key, slip) => slip == 0 && key.Length > 2 ? key.Remove(1, 1) : key);

    private static readonly Gen<string> Section = Gen.Int[0, Sections.Length - 1].SelectMany(i =>
        Gen.Select(Key(Sections[i].Keys), Value, (k, v) => $"\"{k}\": {v}").Array[0, 4]
            .Select(members => $"\"{Sections[i].Section}\": {{ {string.Join(", ", members)} }}"));

    private static readonly Gen<string> Theme = Gen.Select(Section.Array[0, 4], Gen.Int[0, 4], (sections, extra) =>
        "{\n  " + string.Join(",\n  ", extra switch
        {
            0 => [.. sections, "\"text_align\": \"center\""],
            1 => [.. sections, "\"colours\": {}"],
            2 => [.. sections, "\"text_align\": \"left\""],
            _ => sections,
        }) + "\n}\n");

    private readonly string _folder = Directory.CreateTempSubdirectory("rf-theme-").FullName;

    [Fact]
    public void RandomThemesGiveLocatedErrorsOrValuesInRangeThatRender() =>
        PropertyRuns.Check(Theme, Check, iterations: 12, print: json => json);

    private void Check(string json)
    {
        var read = ThemeReader.Read(json, "theme.json");
        if (!read.Succeeded)
        {
            Assert.All(read.Diagnostics, d =>
            {
                Assert.StartsWith("RF1", d.Code);
                Assert.True(d.Location is { Line: > 0, Column: > 0 }, $"{d} has no place");
            });
            Assert.Contains(read.Diagnostics, d => d.Severity == Severity.Error);
            return;
        }
        AssertInRange(read.Value);

        var template = Path.Combine(_folder, "t");
        if (!Directory.Exists(template))
        {
            Directory.CreateDirectory(template);
            File.WriteAllText(Path.Combine(template, "template.json"), """{"name": "t", "formats": ["pdf", "docx"]}""");
            File.WriteAllText(Path.Combine(template, "template.sbn"),
                "# {{ title }}\n\nSome text to lay out, with a table.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n## Next\n\n- one\n- two\n");
            File.Copy(Path.Combine(TestPaths.Root, "tests", "Corpus", "templates", "_shared", "schema.json"), Path.Combine(template, "schema.json"));
        }
        File.WriteAllText(Path.Combine(template, "theme.json"), json);
        var rendered = ReportEngine.RenderInMemory(new ReportRequest
        {
            NotesPath = Path.Combine(TestPaths.Root, "tests", "Corpus", "notes.json"), Template = template, SourceDateEpoch = 1641859200,
        });
        // A family neither built in nor installed is found only when the PDF is laid out: an error at its place in theme.json.
        var missing = rendered.Diagnostics.Where(d => d.Code == ErrorCodes.FontMissing).ToList();
        if (!rendered.Succeeded && missing.Count > 0)
        {
            Assert.All(missing, d => Assert.True(d.Location is { Line: > 0, Column: > 0 } && d.Location.File.EndsWith("theme.json", StringComparison.Ordinal),
                $"{d} has no place"));
            return;
        }
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        Assert.Equal(2, rendered.Value.Files.Count);
    }

    [Fact]
    public void A_font_family_that_is_not_installed_is_an_error_at_its_place_in_the_theme() =>
        Check("{\n  \"fonts\": { \"headings\": \"letter\", \"bdy\": \"DejaVu Sans\" },\n  \"watermark\": {  }\n}\n");

    private static void AssertInRange(Theme theme)
    {
        var s = theme.Sizes;
        Assert.All([s.Body, s.Small, s.Title, s.Subtitle, s.H1, s.H2, s.H3, s.Code, s.Table], v => Assert.True(ThemeRanges.FontSize.Holds(v), $"size {v}"));
        var p = theme.Page;
        Assert.All([p.MarginTop, p.MarginBottom, p.MarginLeft, p.MarginRight], v => Assert.True(ThemeRanges.Margin.Holds(v), $"margin {v}"));
        var (width, height) = p.Dimensions;
        Assert.True(width - p.MarginLeft - p.MarginRight >= ThemeRanges.MinTextArea && height - p.MarginTop - p.MarginBottom >= ThemeRanges.MinTextArea);
        var sp = theme.Spacing;
        Assert.All([sp.Paragraph, sp.HeadingBefore, sp.HeadingAfter, sp.ListIndent, sp.ListItem, sp.HeaderGap], v => Assert.True(ThemeRanges.Spacing.Holds(v), $"spacing {v}"));
        Assert.True(ThemeRanges.LineHeight.Holds(sp.LineHeight) && ThemeRanges.CellPadding.Holds(sp.CellPadding));
        Assert.True(ThemeRanges.Opacity.Holds(theme.Watermark.Opacity) && ThemeRanges.WatermarkSize.Holds(theme.Watermark.Size));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
