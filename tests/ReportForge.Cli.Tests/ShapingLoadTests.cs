namespace ReportForge.Tests;

/// <summary>
/// The shaping library loads only when a document holds a script that needs it: start-up of every other document
/// pays nothing. Seen from outside, in a real process, by the dynamic linker's own log (LD_DEBUG=libs, glibc) of the
/// shared libraries it initialises: no timing involved.
/// </summary>
public sealed class ShapingLoadTests
{
    [Theory]
    [InlineData("Latin only – with “quotes”, Ελληνικά and ✓", false)]
    [InlineData("Hindi: हिन्दी क्षत्रिय", true)]
    public void LibHarfBuzzSharp_loads_only_for_a_script_that_needs_shaping(string title, bool loads)
    {
        var dir = CliRunner.TempDir();
        var template = Path.Combine(dir, "plain");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), """{ "name": "plain", "schema": "schema.json" }""");
        File.WriteAllText(Path.Combine(template, "schema.json"), """{ "type": "object", "properties": { "title": { "type": "string" } } }""");
        File.WriteAllText(Path.Combine(template, "template.sbn"), "{{ document.title = title }}\n# {{ title }}\n\nSome text: {{ title }}.\n");
        var notes = Path.Combine(dir, "notes.json");
        File.WriteAllText(notes, System.Text.Json.JsonSerializer.Serialize(new { title }));

        var run = CliRunner.Process(dir, new Dictionary<string, string> { ["LD_DEBUG"] = "libs" },
            "render", notes, "-t", template, "-o", Path.Combine(dir, "out"), "-f", "pdf");

        Assert.True(run.ExitCode == 0, run.Stderr[^Math.Min(run.Stderr.Length, 2000)..]);
        Assert.Contains("libclrjit", run.Stderr, StringComparison.Ordinal); // the linker's log is there at all
        Assert.Equal(loads, run.Stderr.Contains("libHarfBuzzSharp.so", StringComparison.Ordinal));
    }
}
