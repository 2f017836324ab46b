using System.Text;

namespace ReportForge.Tests;

/// <summary>
/// --pdf-standard on the command line, in a build manifest and in template.json: which wins (command line, then the
/// manifest's job, then the manifest's top level, then the template), and wrong values as located errors.
/// </summary>
public sealed class PdfStandardCliTests
{
    private static string Notes => Path.Combine(TestPaths.Root, "tests", "Corpus", "notes.json");

    /// <summary>(pdfaid:conformance or null, pdfuaid:part present) of the one PDF below <paramref name="folder"/>.</summary>
    private static (string? PdfA, bool Ua) Declared(string folder)
    {
        var pdf = File.ReadAllBytes(Assert.Single(Directory.GetFiles(folder, "*.pdf", SearchOption.AllDirectories)));
        var xmp = XmpReader.Read(pdf);
        return (xmp.Descendants(XmpReader.PdfAId + "conformance").SingleOrDefault()?.Value, xmp.Descendants(XmpReader.PdfUaId + "part").Any());
    }

    // A small template whose template.json may ask for a standard.
    private static string Template(string work, string? standard)
    {
        var template = Path.Combine(work, "small");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"),
            "{\n  \"name\": \"small\",\n" + (standard is null ? "" : $"  \"pdf_standard\": {standard},\n") + "  \"formats\": [\"pdf\"]\n}\n");
        File.WriteAllText(Path.Combine(template, "template.sbn"), "{{ document.title = title }}\n# {{ title }}\n\nSome text.\n");
        File.Copy(Path.Combine(TestPaths.Root, "tests", "Corpus", "templates", "_shared", "schema.json"), Path.Combine(template, "schema.json"));
        return template;
    }

    [Theory]
    [InlineData("render", "a-2b", "'a-2b' (PDF/A-2) is not supported: it cannot be validated here (PDFsharp declares only PDF/A part 1")]
    [InlineData("render", "ua-1,A-2U", "'A-2U' (PDF/A-2) is not supported: it cannot be validated here")]
    [InlineData("render", "a-3a", "'a-3a' (PDF/A-3) is not supported: it cannot be validated here")]
    [InlineData("render", "pdf/a", "unknown PDF standard 'pdf/a'")]
    [InlineData("build", "a-2a", "'a-2a' (PDF/A-2) is not supported: it cannot be validated here")]
    public void An_unsupported_standard_is_a_usage_error_naming_the_supported_ones(string command, string value, string why)
    {
        var work = CliRunner.TempDir();
        var output = Path.Combine(work, "out");
        var result = command == "render"
            ? CliRunner.InProcess("render", Notes, "-t", Template(work, null), "--pdf-standard", value, "-o", output)
            : CliRunner.InProcess("build", "-m", Path.Combine(work, "reportforge.json"), "--pdf-standard", value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"reportforge: error RF2001: --pdf-standard: {why}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(" are ua-1, a-1b, a-1a, or ua-1 with one PDF/A level (ua-1,a-1b or ua-1,a-1a)", result.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Pdfa_is_a_1a_and_adds_to_ua_1_but_contradicting_a_1b_is_a_usage_error()
    {
        var work = CliRunner.TempDir();
        var template = Template(work, null);

        var both = CliRunner.InProcess("render", Notes, "-t", template, "--pdfa", "--pdf-standard", "ua-1", "-o", Path.Combine(work, "both"));
        Assert.Equal(0, both.ExitCode);
        Assert.Equal(("A", true), Declared(Path.Combine(work, "both")));

        var alone = CliRunner.InProcess("render", Notes, "-t", template, "--pdfa", "-o", Path.Combine(work, "alone"));
        Assert.Equal(0, alone.ExitCode);
        Assert.Equal(("A", false), Declared(Path.Combine(work, "alone")));

        var contradiction = CliRunner.InProcess("render", Notes, "-t", template, "--pdfa", "--pdf-standard", "a-1b", "-o", Path.Combine(work, "no"));
        Assert.Equal(2, contradiction.ExitCode);
        Assert.StartsWith("reportforge: error RF2001: --pdfa means PDF/A-1a, but --pdf-standard names a-1b", contradiction.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work, "no")));
    }

    [Fact]
    public void The_templates_standard_applies_unless_the_command_line_names_one()
    {
        var work = CliRunner.TempDir();
        var template = Template(work, "\"ua-1\"");

        Assert.Equal(0, CliRunner.InProcess("render", Notes, "-t", template, "-o", Path.Combine(work, "template")).ExitCode);
        Assert.Equal((null, true), Declared(Path.Combine(work, "template")));
        var pdf = File.ReadAllBytes(Directory.GetFiles(Path.Combine(work, "template"), "*.pdf").Single());
        Assert.Equal("%PDF-1.7", Encoding.ASCII.GetString(pdf, 0, 8));
        Assert.Equal("Hostile templates", XmpReader.Title(XmpReader.Read(pdf)));

        Assert.Equal(0, CliRunner.InProcess("render", Notes, "-t", template, "--pdf-standard", "a-1b", "-o", Path.Combine(work, "cli")).ExitCode);
        Assert.Equal(("B", false), Declared(Path.Combine(work, "cli")));

        Assert.Contains("PDF:      ua-1 (--pdf-standard overrides it)", CliRunner.InProcess("templates", "show", template).Stdout);
    }

    [Theory]
    [InlineData("\"a-2u\"", "small/template.json:3:19: error RF2001: /pdf_standard: 'a-2u' (PDF/A-2) is not supported")]
    [InlineData("\"ua-1, nope\"", "small/template.json:3:19: error RF2001: /pdf_standard: unknown PDF standard 'nope'")]
    public void A_wrong_standard_in_template_json_is_an_error_at_its_value(string value, string expected)
    {
        var work = CliRunner.TempDir();
        var result = CliRunner.InProcess("render", Notes, "-t", Template(work, value), "-o", Path.Combine(work, "out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
    }

    [Fact]
    public void Image_problems_are_located_at_the_template_line_that_wrote_the_image()
    {
        var work = CliRunner.TempDir();
        var template = Template(work, null);
        File.WriteAllBytes(Path.Combine(template, "logo.png"), PngWriter.Rgba(6, 4, (x, y) => (0, 90, 160, (byte)(40 * x))));
        File.WriteAllBytes(Path.Combine(template, "map.png"), PngWriter.Rgb(6, 4, (x, y) => (0, 90, 160)));
        File.WriteAllText(Path.Combine(template, "template.sbn"), "{{ document.title = title }}\n# {{ title }}\n\n![The logo](logo.png)\n\n![](map.png)\n");
        string Run(string standard, int exit)
        {
            var result = CliRunner.InProcess("render", Notes, "-t", template, "--pdf-standard", standard, "-o", Path.Combine(work, standard));
            Assert.True(result.ExitCode == exit, result.Stderr);
            return result.Stderr;
        }

        var pdfA = Run("a-1b", 1);
        Assert.Contains("small/template.sbn:4:1: error RF2003: image 'logo.png' has an alpha channel, which PDF/A-1 does not allow", pdfA);
        Assert.Contains("or choose a standard without PDF/A (markup line 4)", pdfA);
        Assert.Contains("small/template.sbn:6:1: warning RF2004: image 'map.png' has no alternative text", pdfA);

        var ua = Run("ua-1", 1);
        Assert.Contains("small/template.sbn:6:1: error RF2004: image 'map.png' has no alternative text, which PDF/UA-1 requires of every figure", ua);
        Assert.DoesNotContain("RF2003", ua);
        Assert.False(Directory.Exists(Path.Combine(work, "ua-1")));
    }

    // Two jobs on one notes file: the first takes the manifest's standard, the second its own.
    private static string Manifest(string work, string topLevel, string second)
    {
        var template = Template(work, "\"ua-1\"");
        File.Copy(Notes, Path.Combine(work, "notes.json"));
        var manifest = Path.Combine(work, "reportforge.json");
        File.WriteAllText(manifest, "{\n  \"output_dir\": \"out\",\n" + topLevel + "  \"jobs\": [\n"
            + $"    {{ \"notes\": \"notes.json\", \"template\": \"{template}\", \"output\": \"first/{{name}}.{{format}}\" }},\n"
            + $"    {{ \"notes\": \"notes.json\", \"template\": \"{template}\", \"output\": \"second/{{name}}.{{format}}\", {second} }}\n"
            + "  ]\n}\n");
        return manifest;
    }

    [Fact]
    public void A_manifest_job_takes_its_own_standard_else_the_manifests_and_the_command_line_overrides_both()
    {
        var work = CliRunner.TempDir();
        var manifest = Manifest(work, "  \"pdf_standard\": \"a-1b\",\n", "\"pdf_standard\": \"ua-1,a-1a\"");

        var built = CliRunner.InProcess("build", "-m", manifest);
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.Equal(("B", false), Declared(Path.Combine(work, "out", "first")));
        Assert.Equal(("A", true), Declared(Path.Combine(work, "out", "second")));

        // The standard is part of what makes a job's files up to date: a new one rebuilds them.
        var overridden = CliRunner.InProcess("build", "-m", manifest, "--pdf-standard", "a-1a");
        Assert.True(overridden.ExitCode == 0, overridden.Stderr);
        Assert.Contains("2 written, 0 up to date", overridden.Stdout);
        Assert.Equal(("A", false), Declared(Path.Combine(work, "out", "first")));
        Assert.Equal(("A", false), Declared(Path.Combine(work, "out", "second")));
    }

    [Fact]
    public void Without_one_in_the_manifest_the_templates_standard_applies()
    {
        var work = CliRunner.TempDir();
        var manifest = Manifest(work, "", "\"pdf_standard\": \"a-1b\"");
        Assert.Equal(0, CliRunner.InProcess("build", "-m", manifest).ExitCode);
        Assert.Equal((null, true), Declared(Path.Combine(work, "out", "first")));
        Assert.Equal(("B", false), Declared(Path.Combine(work, "out", "second")));
    }

    [Fact]
    public void A_wrong_standard_in_the_manifest_is_a_located_error()
    {
        var work = CliRunner.TempDir();
        var manifest = Manifest(work, "  \"pdf_standard\": 1,\n", "\"pdf_standard\": \"a-2b\"");

        var result = CliRunner.InProcess("build", "-m", manifest);

        Assert.Equal(2, result.ExitCode);
        var lines = File.ReadAllLines(manifest);
        var job = Array.FindIndex(lines, l => l.Contains("a-2b", StringComparison.Ordinal));
        var column = lines[job].IndexOf("\"a-2b\"", StringComparison.Ordinal) + 1;
        Assert.Contains($"reportforge.json:3:19: error RF1501: /pdf_standard: 'pdf_standard' must be a string such as \"ua-1,a-1a\"", result.Stderr);
        Assert.Contains($"reportforge.json:{job + 1}:{column}: error RF2001: /jobs/1/pdf_standard: 'a-2b' (PDF/A-2) is not supported", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }
}
