using ReportForge.Diagnostics;
using ReportForge.Markup;

namespace ReportForge.Tests;

/// <summary>RF1207 cites the template line whose value made the markup too deep, not a shared partial that began its line.</summary>
public sealed class MarkupTooDeepLocationTests
{
    [Fact]
    public void Nesting_written_by_the_entry_after_a_shared_partials_marker_cites_the_entry_line()
    {
        // The shared partial begins a block quote and leaves the line open; the entry's raw value nests 10,000 deep on it.
        using var t = TempTemplate.Create("# Report\n\n{{ partial \"box\" }}{{ body | raw }}\n\nAfter.\n",
            schema: """{ "type": "object", "properties": { "body": { "type": "string" } } }""",
            shared: new Dictionary<string, string> { ["partials/box.sbn"] = "> {{~ '' ~}}" });
        var rendered = t.RenderOk($$"""{ "body": "{{new string('>', 10_000)}} the deepest quote" }""");

        var error = Assert.Single(MarkupConverter.Convert(rendered).Diagnostics);

        Assert.Equal(ErrorCodes.MarkupTooDeep, error.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 3, 23), error.Location);
        Assert.EndsWith("(markup line 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_written_by_a_partial_itself_still_cites_the_partial()
    {
        using var t = TempTemplate.Create("# Report\n\n{{ partial \"deep\" }}\n",
            schema: """{ "type": "object", "properties": {} }""",
            files: new Dictionary<string, string> { ["partials/deep.sbn"] = "text\n" + new string('>', 200) + " x\n" });
        var rendered = t.RenderOk("{}");

        var error = Assert.Single(MarkupConverter.Convert(rendered).Diagnostics);

        Assert.Equal((ErrorCodes.MarkupTooDeep, new SourceLocation(t.FileOf("partials/deep.sbn"), 2, 1)), (error.Code, error.Location));
    }
}
