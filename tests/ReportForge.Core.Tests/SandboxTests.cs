using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>The template sandbox: its limits are the ones configured, and nothing outside the template is reachable.</summary>
public sealed class SandboxTests
{
    private const string Notes = """{ "title": "T", "items": [ { "name": "a" } ] }""";

    // No 'date' field: a notes field of that name would hide Scriban's date object, and these tests reach for it.
    private const string Schema = """{ "type": "object", "properties": { "title": { "type": "string" }, "items": { "type": "array" } } }""";

    private static TempTemplate Create(string sbn) => TempTemplate.Create(sbn, schema: Schema);

    [Fact]
    public void Recursion_from_a_small_stack_stops_at_the_limit_not_with_a_crash()
    {
        using var t = Create("{{ func f\n  f\nend }}\n{{ f }}");
        Diagnostic? error = null;
        var thread = new Thread(() => error = t.RenderError(Notes), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(ErrorCodes.TemplateRecursionLimit, error!.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 2, 3), error.Location);
    }

    [Fact]
    public void The_limits_are_the_ones_configured()
    {
        using var value = Create("{{ \"x\" * 1001 }}");
        var tooLong = value.RenderError(Notes, new RenderOptions { ValueLimit = 1000 });
        Assert.Equal(ErrorCodes.TemplateValueLimit, tooLong.Code);
        Assert.StartsWith("a value grew past 1,000 characters", tooLong.Message);

        using var loop = Create("{{ for i in 1..3 }}{{ for j in 1..4 }}{{ end }}{{ end }}");
        var tooMany = loop.RenderError(Notes, new RenderOptions { LoopLimit = 10 });
        Assert.Equal(ErrorCodes.TemplateLoopLimit, tooMany.Code);
        Assert.StartsWith("a loop (with the loops inside it) or a range went past 10 steps", tooMany.Message);
        Assert.Equal("", loop.RenderOk(Notes, new RenderOptions { LoopLimit = 20 }).Markup);

        using var deep = Create("{{ func f(n)\n  if n > 0; f(n - 1); end\nend }}{{ f 5 }}");
        Assert.Equal(ErrorCodes.TemplateRecursionLimit, deep.RenderError(Notes, new RenderOptions { RecursionLimit = 4 }).Code);
        deep.RenderOk(Notes, new RenderOptions { RecursionLimit = 10 });
    }

    [Fact]
    public void Text_captured_into_a_variable_counts_toward_the_output_limit()
    {
        using var t = Create("{{ capture x }}{{ for i in 1..50 }}abc{{ end }}{{ end }}");
        var error = t.RenderError(Notes, new RenderOptions { OutputLimit = 100 });
        Assert.Equal(ErrorCodes.TemplateOutputLimit, error.Code);
        Assert.Equal("the template wrote more than 100 characters", error.Message);
    }

    [Theory]
    [InlineData("include \"x\"", "include")]
    [InlineData("include_join [\"x\"] \"\"", "include_join")]
    [InlineData("object.eval \"1\"", "object.eval")]
    [InlineData("object.eval_template \"1\"", "object.eval_template")]
    [InlineData("date.now", "date.now")]
    [InlineData("date.utc_now", "date.utc_now")]
    [InlineData("math.random 1 2", "math.random")]
    [InlineData("math.uuid", "math.uuid")]
    public void Built_ins_left_out_say_so_where_they_are_called(string call, string name)
    {
        using var t = Create($"x\n  {{{{ {call} }}}}");
        var error = t.RenderError(Notes);
        Assert.Equal(ErrorCodes.TemplateUnavailable, error.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 2, 6), error.Location);
        Assert.StartsWith($"'{name}' is not available in ReportForge templates: ", error.Message);
    }

    [Theory]
    [InlineData("notes.GetType", "an object")]
    [InlineData("items.Count", "a list")]
    [InlineData("items.count", "a list")]
    [InlineData("title.Length", "text")]
    [InlineData("(date.parse \"2022-01-10\").year", "a value")]
    public void No_dotnet_member_is_reachable(string expression, string what)
    {
        using var t = Create($"{{{{ {expression} }}}}");
        var error = t.RenderError(Notes);
        Assert.Equal(ErrorCodes.TemplateUnavailable, error.Code);
        Assert.Contains($"is not a member of {what}: templates read the notes' fields", error.Message);
    }

    [Fact]
    public void Type_names_and_the_globals_show_only_template_kinds_and_values()
    {
        // Numbers and booleans have no members: Scriban reads any of them as null, so nothing of .NET is reached.
        using var t = Create("{{ object.typeof notes }}|{{ object.typeof title }}|{{ object.typeof items }}|{{ notes.misspelt }}|{{ (1).GetHashCode }}|{{ this.title }}");
        Assert.Equal("object|string|array|||T", t.RenderOk(Notes).Markup);
    }
}
