using System.Text.RegularExpressions;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>
/// Renders every <c>sbn</c> example in docs/templates.md against the sample notes and checks the <c>md</c> block
/// that follows it, so the documentation cannot drift from the code. <c>```sbn culture=fr-FR</c> sets the culture;
/// <c>notes=FILE</c> other notes and <c>since=FILE</c> previous notes (both from the repository's root).
/// </summary>
public sealed partial class DocsExampleTests
{
    private static string Doc => Path.Combine(TestPaths.Root, "docs", "templates.md");

    // Four backticks fence an example whose text holds a fenced block of its own (a chart's json).
    [GeneratedRegex(@"^(?<f>````?)sbn(?: culture=(?<culture>\S+))?(?: notes=(?<notes>\S+))?(?: since=(?<since>\S+))?\n(?<template>.*?)^\k<f>\n\s*^(?<g>````?)md\n(?<expected>.*?)^\k<g>$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"^(?<f>````?)markup\n(?<markup>.*?)^\k<f>$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MarkupExample();

    public static TheoryData<int, string, string, string, string, string> Examples()
    {
        var data = new TheoryData<int, string, string, string, string, string>();
        var text = File.ReadAllText(Doc).ReplaceLineEndings("\n");
        foreach (Match m in Example().Matches(text))
        {
            var line = text[..m.Index].Count(c => c == '\n') + 1;
            data.Add(line, m.Groups["culture"].Value, m.Groups["notes"].Value, m.Groups["since"].Value, m.Groups["template"].Value, m.Groups["expected"].Value);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_its_stated_output(int line, string culture, string notes, string since, string template, string expected)
    {
        var sharedRoot = Path.Combine(TestPaths.Templates, "_shared");
        var shared = Directory.EnumerateFiles(sharedRoot, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(sharedRoot, f), File.ReadAllText);
        const string manifest = """{ "name": "docs", "parameters": [ { "name": "show_quotes", "type": "boolean", "default": true } ] }""";
        using var t = TempTemplate.Create(template, schema: shared["schemas/talks.json"], manifest: manifest, shared: shared);
        var previous = since.Length > 0 ? Notes.NotesDocument.Load(Path.Combine(TestPaths.Root, since)).Value : null;
        var options = new RenderOptions { Culture = culture.Length > 0 ? culture : null, Parameters = new Dictionary<string, string>(), Previous = previous };
        var rendered = t.RenderOk(File.ReadAllText(notes.Length > 0 ? Path.Combine(TestPaths.Root, notes) : TestPaths.SampleNotes), options);
        Assert.True(expected == rendered.Markup, $"docs/templates.md:{line}: the example renders\n{rendered.Markup}\nbut the doc says\n{expected}");
    }

    [Fact]
    public void Every_chart_kind_has_an_example_that_converts_to_its_chart()
    {
        var text = File.ReadAllText(Doc).ReplaceLineEndings("\n");
        var kinds = new List<Model.ChartKind>();
        foreach (Match m in MarkupExample().Matches(text))
        {
            var line = text[..m.Index].Count(c => c == '\n') + 1;
            var result = Markup.MarkupConverter.Convert(m.Groups["markup"].Value, new Model.DocumentMetadata());
            Assert.True(result.Succeeded, $"docs/templates.md:{line}: " + string.Join("\n", result.Diagnostics));
            var chart = Assert.IsType<Model.Chart>(Assert.Single(result.Value.Blocks));
            Assert.NotEmpty(chart.Categories);
            Assert.Contains($"type=\"{chart.Kind.ToString().ToLowerInvariant()}\"", m.Groups["markup"].Value);
            kinds.Add(chart.Kind);
        }
        Assert.Equal(Enum.GetValues<Model.ChartKind>().Order(), kinds.Distinct().Order());
    }

    [Fact]
    public void The_doc_has_examples_for_every_function()
    {
        var text = File.ReadAllText(Doc);
        Assert.True(Examples().Count() >= 12);
        foreach (var function in new[] { "date_long", "date_short", "date_relative", "weekday", "date_add", "words", "ordinal", "quantity", "hours", "pluralize",
                     "raw", "escape", "attr", "slug", "paragraphs", "sort_by", "group_by", "where", "find", "distinct", "partial", "render_body", "strings.", "t \"", "change_kind", "changes.",
                     "chart_counts", "chart_timeline", "--since" })
            Assert.Contains(function, text);
    }
}
