using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>Strings files per culture: fallbacks, and every message about them.</summary>
public sealed class StringsTests
{
    private static readonly Dictionary<string, string> Strings = new()
    {
        ["strings/en.json"] = """{ "hello": "Hello", "only_en": "English only", "n": "{0} items", "n_one": "one item" }""",
        ["strings/fr.json"] = """{ "hello": "Bonjour" }""",
        ["strings/fr-CA.json"] = """{ "hello": "Allô" }""",
    };

    private static string Render(string sbn, string? culture)
    {
        using var t = TempTemplate.Create(sbn, schema: "{}", files: Strings);
        return t.RenderOk("{}", new RenderOptions { Culture = culture }).Markup;
    }

    [Theory]
    [InlineData("en-US", "Hello|English only")]
    [InlineData("fr-FR", "Bonjour|English only")]
    [InlineData("fr-CA", "Allô|English only")]
    public void Culture_file_then_language_file_then_english(string culture, string expected) =>
        Assert.Equal(expected, Render("{{ strings.hello }}|{{ t \"only_en\" }}", culture));

    [Fact]
    public void T_fills_placeholders_and_picks_the_singular_for_one() =>
        Assert.Equal("3 items|one item", Render("{{ t \"n\" 3 }}|{{ t \"n\" 1 }}", null));

    [Fact]
    public void A_misspelt_string_is_an_error_at_its_place()
    {
        using var t = TempTemplate.Create("x\n{{ strings.helo }}", schema: "{}", files: Strings);
        var d = t.RenderError("{}", new RenderOptions { Culture = "fr-FR" });
        Assert.Equal($"{t.EntryFile}:2:12: error RF1104: no string 'helo' for fr-FR (add it to strings/en.json, or to the culture's strings file)", d.ToString());
    }

    [Fact]
    public void T_with_an_unknown_key_is_an_error_at_the_call()
    {
        using var t = TempTemplate.Create("{{ t \"nope\" }}", schema: "{}", files: Strings);
        var d = t.RenderError("{}");
        Assert.Equal(ErrorCodes.TemplateRuntime, d.Code);
        Assert.Equal("no string 'nope' for en-US (add it to strings/en.json, or to the culture's strings file)", d.Message);
        Assert.Equal(1, d.Location!.Line);
    }

    [Fact]
    public void A_malformed_strings_file_is_located()
    {
        using var t = TempTemplate.Create("x", schema: "{}", files: new Dictionary<string, string> { ["strings/en.json"] = "{\n  \"a\": \"b\"\n  \"c\": 1 }" });
        var d = t.RenderError("{}");
        Assert.Equal(ErrorCodes.TemplatePackageInvalid, d.Code);
        Assert.Equal(new SourceLocation(t.FileOf("strings/en.json"), 3, 3), d.Location);
        Assert.StartsWith("malformed JSON: ", d.Message);
    }

    [Fact]
    public void A_string_that_is_not_text_is_an_error()
    {
        using var t = TempTemplate.Create("x", schema: "{}", files: new Dictionary<string, string> { ["strings/en.json"] = """{ "a": 1 }""" });
        Assert.Equal($"{t.FileOf("strings/en.json")}: error RF1102: the string 'a' must be text", t.RenderError("{}").ToString());
    }
}
