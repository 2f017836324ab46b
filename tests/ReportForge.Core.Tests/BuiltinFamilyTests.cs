using ReportForge.Diagnostics;

namespace ReportForge.Tests;

/// <summary>
/// Scriban's date and object families as ReportForge writes them: no reflection (the same under Native AOT),
/// no clock and no time zone. The notes have no "date" field here, so <c>date</c> is the built-in family.
/// </summary>
public sealed class BuiltinFamilyTests
{
    private const string Schema = """{ "type": "object", "properties": { "title": { "type": "string" } } }""";

    private static string Eval(string expression, string? culture = "en-GB")
    {
        using var t = TempTemplate.Create($"{{{{ {expression} | raw }}}}", schema: Schema);
        return t.RenderOk("""{ "title": "T" }""", new Templating.RenderOptions { Culture = culture }).Markup.Trim();
    }

    private static Diagnostic Error(string expression)
    {
        using var t = TempTemplate.Create($"{{{{ {expression} }}}}", schema: Schema);
        return t.RenderError("""{ "title": "T" }""");
    }

    [Theory]
    [InlineData("date.parse '2016/01/05' | date.to_string '%F %T'", "2016-01-05 00:00:00")]
    [InlineData("date.parse '2018--06--17' '%Y--%m--%d' | date.to_string '%d %B %Y'", "17 June 2018")]
    [InlineData("date.parse '05/01/2016' | date.to_string '%F'", "2016-01-05")]
    [InlineData("date.parse '2016-01-05' | date.to_string '%d %B %Y' 'fr-FR'", "05 janvier 2016")]
    [InlineData("date '2016-01-05' | date.to_string '%a %e %b'", "Tue  5 Jan")]
    [InlineData("date.parse '2016-01-05' | date.add_days 1 | date.add_months 1 | date.add_years 1 | date.to_string '%F'", "2017-02-06")]
    [InlineData("date.parse '2016-01-05 10:00' | date.add_hours 1.5 | date.add_minutes 1 | date.add_seconds 2 | date.add_milliseconds 3 | date.to_string '%T.%L'", "11:31:02.003")]
    [InlineData("date.parse_to_string '2016-01-05' '%j %u %V'", "005 2 01")]
    [InlineData("date.parse '1970-01-02' | date.to_string '%s'", "86400")]
    public void Date_functions_parse_add_and_write(string expression, string expected) =>
        Assert.Equal(expected, Eval(expression));

    [Fact]
    public void A_date_value_is_written_with_the_default_date_format()
    {
        using var t = TempTemplate.Create("{{ date.parse '2016-01-05 12:00+02:00' }}|{{ date.format | raw }}", schema: Schema);
        Assert.Equal("05 Jan 2016|%d %b %Y", t.RenderOk("""{ "title": "T" }""").Markup.Trim());
    }

    [Fact]
    public void A_time_without_a_date_never_takes_todays_date()
    {
        Assert.Equal("0001-01-01 12:00", Eval("date.parse '12:00' | date.to_string '%F %R'"));
    }

    [Fact]
    public void No_time_zone_reaches_the_output()
    {
        // Offsets are converted to UTC, and %Z says so, whatever TZ the machine has.
        Assert.Equal("2016-01-05 10:00 +00:00", Eval("date.parse '2016-01-05T12:00:00+02:00' | date.to_string '%F %R %Z'"));
        Assert.Equal("2016-01-05 12:00 +00:00", Eval("date.parse '2016-01-05 12:00' | date.to_string '%F %R %Z'"));
    }

    [Fact]
    public void A_date_without_a_year_or_not_a_date_is_a_located_error()
    {
        var noYear = Error("date.parse '5 Jan'");
        Assert.Equal(ErrorCodes.TemplateRuntime, noYear.Code);
        Assert.Equal(new SourceLocation(noYear.Location!.File, 1, 4), noYear.Location);
        Assert.Equal("parse: '5 Jan' has no year, and a report must not take it from the clock; write the year", noYear.Message);

        Assert.Equal("parse: 'soon' is not a date", Error("date.parse 'soon'").Message);
        Assert.StartsWith("'date.now' is not available in ReportForge templates: it reads the clock", Error("date.now").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{a: 1, b: [1, 2.5, 's'], c: null, d: true} | object.to_json", """{"a":1,"b":[1,2.5,"s"],"c":null,"d":true}""")]
    [InlineData("'é<' | object.to_json", "\"\\u00E9\\u003C\"")]
    [InlineData("date.parse '2016-01-05 12:00' | object.to_json", "\"2016-01-05T12:00:00Z\"")]
    [InlineData("('{\"a\": [1, 2.5, \"x\", null, true, {\"b\": 12345678901234567890}]}' | object.from_json) | object.to_json", """{"a":[1,2.5,"x",null,true,{"b":12345678901234567890}]}""")]
    [InlineData("('{\"a\": [1, 2]}' | object.from_json).a[1]", "2")]
    [InlineData("x = {a: 1, c: null}; [object.has_key x 'a', object.has_key x 'c', object.has_key x 'z', object.has_value x 'a', object.has_value x 'c'] | array.join ','", "true,true,false,true,false")]
    [InlineData("{a: 1, b: 2} | object.keys | array.join ','", "a,b")]
    [InlineData("[object.typeof 1.5, object.typeof 's', object.size {a: 1}, object.default null 3] | array.join ','", "number,string,1,3")]
    [InlineData("object.format 1.5 '0.00'", "1.50")]
    public void Object_functions_behave_without_reflection(string expression, string expected) =>
        Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Text_that_is_not_JSON_is_a_located_error()
    {
        var error = Error("object.from_json '{ broken'");
        Assert.Equal(ErrorCodes.TemplateRuntime, error.Code);
        Assert.StartsWith("from_json: the text is not JSON:", error.Message, StringComparison.Ordinal);
    }
}
