using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>template.json parameters: defaults, --set values, and every message about them.</summary>
public sealed class ParameterTests
{
    private const string Manifest = """
        { "name": "test", "parameters": [
          { "name": "show", "type": "boolean", "default": true, "description": "Show it." },
          { "name": "count", "type": "integer", "default": 2 },
          { "name": "ratio", "type": "number" },
          { "name": "label", "type": "string", "default": "x" }
        ] }
        """;

    private const string Sbn = "{{ params.show }}|{{ params.count }}|{{ params.ratio ?? 'none' }}|{{ params.label }}";

    private static RenderOptions Set(params (string Key, string Value)[] values) =>
        new() { Parameters = values.ToDictionary(v => v.Key, v => v.Value) };

    [Fact]
    public void Defaults_reach_the_template_and_undefaulted_parameters_are_null()
    {
        using var t = TempTemplate.Create(Sbn, manifest: Manifest);
        Assert.Equal("true|2|none|x", t.RenderOk("{}").Markup);
    }

    [Fact]
    public void Set_values_are_converted_to_the_declared_type()
    {
        using var t = TempTemplate.Create(Sbn + "{{ params.count + 1 }}", manifest: Manifest);
        Assert.Equal("false|5|2\\.5|a b6", t.RenderOk("{}", Set(("show", "False"), ("count", "5"), ("ratio", "2.5"), ("label", "a b"))).Markup);
    }

    [Fact]
    public void An_undeclared_parameter_is_an_error_naming_the_declared_ones()
    {
        using var t = TempTemplate.Create(Sbn, manifest: Manifest);
        var d = t.RenderError("{}", Set(("colour", "red")));
        Assert.Equal("reportforge: error RF1902: --set colour: the template 'test' has no parameter 'colour'; its parameters are show, count, ratio, label", d.ToString());
    }

    [Fact]
    public void A_template_without_parameters_says_so()
    {
        using var t = TempTemplate.Create("x");
        Assert.Equal("reportforge: error RF1902: --set a: the template 'test' has no parameter 'a'; it has none", t.RenderError("{}", Set(("a", "1"))).ToString());
    }

    [Theory]
    [InlineData("show", "yes", "--set show=yes: the parameter 'show' is a boolean (true or false)")]
    [InlineData("count", "2.5", "--set count=2.5: the parameter 'count' is an integer (a whole number such as 3)")]
    [InlineData("ratio", "lots", "--set ratio=lots: the parameter 'ratio' is a number (such as 2.5)")]
    public void A_value_of_the_wrong_type_is_an_error(string name, string value, string message)
    {
        using var t = TempTemplate.Create(Sbn, manifest: Manifest);
        var d = t.RenderError("{}", Set((name, value)));
        Assert.Equal(ErrorCodes.ParameterInvalid, d.Code);
        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("""{ "name": "bad name", "type": "string" }""", "parameters: 'bad name' is not a valid name (letters, digits and underscores, not starting with a digit)")]
    [InlineData("""{ "name": "a", "type": "date" }""", "parameters.a: unknown type 'date'; the types are string, number, integer, boolean")]
    [InlineData("""{ "name": "a", "type": "integer", "default": "3" }""", "parameters.a: the default \"3\" is not an integer")]
    [InlineData("""{ "name": "a" }, { "name": "a" }""", "parameters: 'a' is declared twice")]
    public void Bad_declarations_are_errors_in_template_json(string parameters, string message)
    {
        var dir = Path.Combine(Path.GetTempPath(), "rf-param-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "template.json"), $$"""{ "name": "x", "parameters": [ {{parameters}} ] }""");
            File.WriteAllText(Path.Combine(dir, "template.sbn"), "x");
            File.WriteAllText(Path.Combine(dir, "schema.json"), "{}");
            var source = new DirectoryTemplateSource(dir);
            var d = Assert.Single(TemplatePackage.Load(source).Diagnostics);
            Assert.Equal(ErrorCodes.TemplatePackageInvalid, d.Code);
            Assert.Equal(source.DisplayPath("template.json"), d.Location!.File);
            Assert.Equal(message, d.Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
