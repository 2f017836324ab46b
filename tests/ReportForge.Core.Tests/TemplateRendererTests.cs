using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Tests;

public sealed class TemplateRendererTests
{
    private const string Notes = """{ "title": "R&D *Report* <1>", "date": "2022-01-11", "items": [ { "name": "a*b|c#" }, { "name": "<b>" } ] }""";

    [Fact]
    public void Values_are_escaped_for_the_markup_by_default()
    {
        using var t = TempTemplate.Create("{{ for i in items }}{{ i.name }};{{ end }}");
        Assert.Equal("a\\*b\\|c\\#;\\<b\\>;", t.RenderOk(Notes).Markup);
    }

    [Fact]
    public void Raw_filter_opts_out_of_escaping()
    {
        using var t = TempTemplate.Create("{{ items[0].name | raw }} {{ items[1].name | raw }}");
        Assert.Equal("a*b|c# <b>", t.RenderOk(Notes).Markup);
    }

    [Fact]
    public void Template_text_itself_is_not_escaped()
    {
        using var t = TempTemplate.Create("# *Heading* | {{ title }}\n");
        Assert.Equal("# *Heading* | R\\&D \\*Report\\* \\<1\\>\n", t.RenderOk(Notes).Markup);
    }

    [Fact]
    public void Document_assignments_reach_the_metadata_typed_and_unescaped()
    {
        using var t = TempTemplate.Create("""
            {{~
              document.title = title
              document.subtitle = "Sub *title*"
              document.author = "A. Author"
              document.subject = "About " + title
              document.keywords = ["one", "two"]
            ~}}
            body
            """);
        var m = t.RenderOk(Notes).Metadata;
        Assert.Equal("R&D *Report* <1>", m.Title);
        Assert.Equal("Sub *title*", m.Subtitle);
        Assert.Equal("A. Author", m.Author);
        Assert.Equal("About R&D *Report* <1>", m.Subject);
        Assert.Equal(["one", "two"], m.Keywords);
        Assert.Equal("en-US", m.Language);
        Assert.Equal(new DateOnly(2022, 1, 11), m.Date);
        Assert.Equal("Tuesday, January 11th, 2022", m.DisplayDate);
        Assert.Equal(new DateTimeOffset(2022, 1, 11, 0, 0, 0, TimeSpan.Zero), m.Timestamp);
    }

    [Fact]
    public void Source_date_epoch_sets_the_timestamp()
    {
        using var t = TempTemplate.Create("x");
        var m = t.RenderOk(Notes, new RenderOptions { SourceDateEpoch = 1_700_000_000 }).Metadata;
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), m.Timestamp);
    }

    [Fact]
    public void Classification_passed_in_is_readable_as_document_classification_and_in_the_metadata()
    {
        using var t = TempTemplate.Create("{{ document.classification }}");
        var rendered = t.RenderOk(Notes, classification: "OFFICIAL-SENSITIVE");
        Assert.Equal("OFFICIAL\\-SENSITIVE", rendered.Markup);
        Assert.Equal("OFFICIAL-SENSITIVE", rendered.Metadata.Classification);
    }

    [Fact]
    public void Assigning_document_classification_is_RF1104_at_the_assignment()
    {
        using var t = TempTemplate.Create("line one\n{{ document.classification = \"UNCLASSIFIED\" }}");
        var result = t.Render(Notes, classification: "SECRET");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.TemplateRuntime, d.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 2, 13), d.Location); // the member name
        Assert.StartsWith("Cannot set a value for the readonly member", d.Message);
        Assert.Contains("classification", d.Message);
    }

    [Fact]
    public void Unknown_top_level_name_is_RF1104_at_the_template_file_line_and_column()
    {
        using var t = TempTemplate.Create("# Title\n\nHello {{ titel }}\n");
        var d = t.RenderError(Notes);
        Assert.Equal(ErrorCodes.TemplateRuntime, d.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 3, 10), d.Location);
        Assert.EndsWith("template.sbn", d.Location!.File);
        Assert.Contains("titel", d.Message);
        Assert.StartsWith($"{t.EntryFile}:3:10: error RF1104: ", d.ToString());
    }

    [Fact]
    public void Schema_declared_field_absent_from_the_notes_is_null()
    {
        using var t = TempTemplate.Create("{{ if subtitle }}has{{ else }}none{{ end }}|{{ subtitle ?? 'fallback' }}|{{ items[0].note ?? 'no note' }}");
        Assert.Equal("none|fallback|no note", t.RenderOk(Notes).Markup);
    }

    [Fact]
    public void Notes_are_also_reachable_under_notes()
    {
        using var t = TempTemplate.Create("{{ notes.date }} {{ notes.subtitle ?? 'none' }}");
        Assert.Equal("2022\\-01\\-11 none", t.RenderOk(Notes).Markup);
    }

    [Fact]
    public void Loop_over_1500_items_is_not_limited()
    {
        var items = string.Join(",", Enumerable.Range(0, 1500).Select(i => $"{{\"name\":\"n{i}\"}}"));
        using var t = TempTemplate.Create("{{ for i in items }}{{ i.name }}\n{{ end }}");
        var lines = t.RenderOk($"{{\"items\":[{items}]}}").Markup.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1500, lines.Length);
        Assert.Equal("n1499", lines[^1]);
    }

    [Fact]
    public void Endless_loop_is_stopped_by_the_timeout_as_RF1105()
    {
        using var t = TempTemplate.Create("start\n{{ while true }}x{{ end }}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // With the loop limit off (0), only the time limit can stop it.
        var d = t.RenderError(Notes, new RenderOptions { Timeout = TimeSpan.FromMilliseconds(200), OutputLimit = long.MaxValue, LoopLimit = 0 });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}"); // a hang guard, not a timing test
        Assert.Equal(ErrorCodes.TemplateTimeout, d.Code);
        Assert.Equal(t.EntryFile, d.Location!.File);
        Assert.StartsWith("the template ran longer than 0.2 s of processor time and was stopped", d.Message);
    }

    [Fact]
    public void Output_past_the_limit_is_RF1106()
    {
        using var t = TempTemplate.Create("{{ for i in 1..1000 }}abcdefghij{{ end }}");
        var d = t.RenderError(Notes, new RenderOptions { OutputLimit = 100 });
        Assert.Equal(ErrorCodes.TemplateOutputLimit, d.Code);
        Assert.Equal("the template wrote more than 100 characters", d.Message);
        Assert.Equal(t.EntryFile, d.Location!.File);
    }

    [Fact]
    public void Syntax_error_is_RF1103_with_line_and_column()
    {
        using var t = TempTemplate.Create("ok\n\n  {{ for x in items }}\n{{ x.name }}\n");
        var result = t.Render(Notes);
        Assert.False(result.Succeeded);
        var d = result.Diagnostics[0];
        Assert.Equal(ErrorCodes.TemplateSyntax, d.Code);
        // Scriban finds the missing `end` where the file ends.
        Assert.Equal(new SourceLocation(t.EntryFile, 4, 13), d.Location);
        Assert.StartsWith("Error while parsing for statement: The <e", d.Message);
    }

    [Fact]
    public void Syntax_error_in_an_expression_is_located_on_its_token()
    {
        using var t = TempTemplate.Create("a\n{{ 1 + }}");
        var d = Assert.Single(t.Render(Notes).Diagnostics);
        Assert.Equal(ErrorCodes.TemplateSyntax, d.Code);
        Assert.Equal(2, d.Location!.Line);
        Assert.Equal(t.EntryFile, d.Location.File);
    }

    [Fact]
    public void Include_is_not_available_and_fails()
    {
        using var t = TempTemplate.Create("first\n{{ include \"x\" }}");
        File.WriteAllText(Path.Combine(t.Dir, "x"), "secret");
        var d = t.RenderError(Notes);
        Assert.Equal(ErrorCodes.TemplateUnavailable, d.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 2, 4), d.Location);
        Assert.Contains("include", d.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Culture_option_makes_dates_and_numbers_french()
    {
        using var t = TempTemplate.Create("{{ date_long \"2022-01-10\" | raw }}|{{ 1234.5 | raw }}");
        var rendered = t.RenderOk(Notes, new RenderOptions { Culture = "fr-FR" });
        Assert.Equal("lundi 10 janvier 2022|1234,5", rendered.Markup);
        Assert.Equal("fr-FR", rendered.Metadata.Language);
        Assert.Equal("mardi 11 janvier 2022", rendered.Metadata.DisplayDate);
    }

    [Fact]
    public void Culture_of_the_thread_is_restored_after_rendering()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        using var t = TempTemplate.Create("x");
        t.RenderOk(Notes, new RenderOptions { Culture = "fr-FR" });
        Assert.Equal(before, System.Globalization.CultureInfo.CurrentCulture);
    }

    [Fact]
    public void Unknown_culture_is_a_usage_error()
    {
        using var t = TempTemplate.Create("x");
        var d = t.RenderError(Notes, new RenderOptions { Culture = "xx-NOPE" });
        Assert.Equal(ErrorCodes.Usage, d.Code);
        Assert.Equal("unknown culture 'xx-NOPE'", d.Message);
    }

    [Fact]
    public void Function_argument_error_is_RF1104_with_the_functions_message()
    {
        using var t = TempTemplate.Create("\n{{ date_long \"soon\" }}");
        var d = t.RenderError(Notes);
        Assert.Equal(ErrorCodes.TemplateRuntime, d.Code);
        Assert.Equal(2, d.Location!.Line);
        Assert.Contains("expected a date (YYYY-MM-DD) but got 'soon'", d.Message);
    }
}
