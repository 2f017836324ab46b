namespace ReportForge.Tests;

/// <summary>A theme key the reader does not know is a warning on the render, and the report is still written.</summary>
public sealed class ThemeWarningTests
{
    [Fact]
    public void An_unknown_theme_key_warns_with_the_nearest_known_key_and_the_render_goes_on()
    {
        var work = CliRunner.TempDir();
        var template = Path.Combine(work, "slip");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), """{"name": "slip", "formats": ["pdf"]}""");
        File.WriteAllText(Path.Combine(template, "template.sbn"), "# {{ title }}\n\nText.\n");
        File.WriteAllText(Path.Combine(template, "theme.json"), "{\n  \"sizes\": { \"bdy\": 12 }\n}\n");
        File.Copy(Path.Combine(TestPaths.Root, "tests", "Corpus", "templates", "_shared", "schema.json"), Path.Combine(template, "schema.json"));

        var result = CliRunner.InProcess("render", Path.Combine(TestPaths.Root, "tests", "Corpus", "notes.json"), "-t", template, "-o", Path.Combine(work, "out"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("slip/theme.json:2:14: warning RF1123: sizes.bdy: unknown key 'bdy' in 'sizes', ignored; did you mean 'body'?", result.Stderr);
        Assert.True(File.Exists(Path.Combine(work, "out", "notes.pdf")));
    }
}
