namespace ReportForge.Tests;

public sealed class TemplateFunctionsTests : IDisposable
{
    private const string Notes = """{ "title": "T", "date": "2022-01-11" }""";
    private readonly List<TempTemplate> _templates = [];

    /// <summary>Renders one expression, unescaped, with the notes' date 2022-01-11.</summary>
    private string Eval(string expression, string? culture = null, string notes = Notes)
    {
        var t = TempTemplate.Create($"{{{{ {expression} | raw }}}}");
        _templates.Add(t);
        return t.RenderOk(notes, new Templating.RenderOptions { Culture = culture }).Markup;
    }

    public void Dispose()
    {
        foreach (var t in _templates) t.Dispose();
    }

    [Fact]
    public void Scribans_date_and_regex_families_made_on_first_use_work_as_before()
    {
        // A schema without a "date" field: the notes' fields come before the built-ins.
        using var t = TempTemplate.Create(
            "{{ date.to_string (date.parse \"2022-01-10\") \"%d %b %Y\" }}|{{ regex.replace \"a-b\" \"-\" \"+\" }}|{{ (regex.match \"x1\" `\\d`).size }}",
            schema: """{ "type": "object", "properties": { "title": { "type": "string" } } }""");
        Assert.Equal("10 Jan 2022|a\\+b|1", t.RenderOk("""{ "title": "T" }""").Markup.Trim());
    }

    [Fact]
    public void Capitalize_upper_cases_the_first_character_in_the_reports_culture()
    {
        Assert.Equal("To be confirmed", Eval("\"to be confirmed\" | string.capitalize"));
        Assert.Equal("ÉTé", Eval("\"éTé\" | string.capitalize", "fr-FR"));
        Assert.Equal("ABC", Eval("\"ABC\" | string.capitalize"));
        Assert.Equal("", Eval("\"\" | string.capitalize"));
        Assert.Equal("", Eval("null | string.capitalize"));
        Assert.Equal("True", Eval("true | string.capitalize"));
        Assert.Equal("1,5", Eval("1.5 | string.capitalize", "fr-FR"));
        // Turkish keeps its own casing: i becomes İ (dotted), not I.
        Assert.Equal("İstanbul", Eval("\"istanbul\" | string.capitalize", "tr-TR"));
        Assert.Equal("Istanbul", Eval("\"istanbul\" | string.capitalize", "en-GB"));
    }

    [Fact]
    public void Date_long_in_english_has_weekday_month_and_ordinal_day()
    {
        Assert.Equal("Monday, January 10th, 2022", Eval("date_long \"2022-01-10\""));
        Assert.Equal("Saturday, January 1st, 2022", Eval("date_long \"2022-01-01\""));
        Assert.Equal("Monday 10th January 2022", Eval("date_long \"2022-01-10\"", "en-GB"));
    }

    [Fact]
    public void Date_long_elsewhere_uses_the_cultures_long_date()
    {
        Assert.Equal("lundi 10 janvier 2022", Eval("date_long \"2022-01-10\"", "fr-FR"));
        Assert.Equal("Montag, 10. Januar 2022", Eval("date_long \"2022-01-10\"", "de-DE"));
    }

    [Fact]
    public void Date_short_weekday_and_date_add()
    {
        Assert.Equal("10 Jan 2022", Eval("date_short \"2022-01-10\""));
        Assert.Equal("Monday", Eval("weekday \"2022-01-10\""));
        Assert.Equal("2022-02-01", Eval("date_add \"2022-01-29\" 3"));
    }

    [Theory]
    [InlineData("2022-01-10", "yesterday")]
    [InlineData("2022-01-11", "today")]
    [InlineData("2022-01-12", "tomorrow")]
    [InlineData("2022-01-08", "3 days ago")]
    [InlineData("2022-01-14", "3 days from now")]
    public void Date_relative_is_relative_to_the_notes_date(string date, string expected)
    {
        Assert.Equal(expected, Eval($"date_relative \"{date}\""));
    }

    [Fact]
    public void Date_relative_without_a_notes_date_is_today()
    {
        Assert.Equal("today", Eval("date_relative \"2022-01-10\"", notes: "{}"));
    }

    [Theory]
    [InlineData("words 7", "seven")]
    [InlineData("words 21", "twenty-one")]
    [InlineData("hours 7", "seven hours")]
    [InlineData("hours 1", "one hour")]
    [InlineData("quantity 4 \"talk\"", "four talks")]
    [InlineData("quantity 1 \"round\"", "one round")]
    [InlineData("ordinal 1", "1st")]
    [InlineData("ordinal 3", "3rd")]
    [InlineData("ordinal 11", "11th")]
    [InlineData("ordinal 22", "22nd")]
    [InlineData("pluralize \"summit\"", "summits")]
    public void Number_words_in_english(string expression, string expected)
    {
        Assert.Equal(expected, Eval(expression));
    }

    [Fact]
    public void Hours_with_a_fraction_gives_hours_and_minutes()
    {
        Assert.Equal("one hour, thirty minutes", Eval("hours 1.5"));
    }

    [Theory]
    [InlineData("US–Russia talks in Geneva", "us-russia-talks-in-geneva")]
    [InlineData("nato-briefing", "nato-briefing")]
    [InlineData("  Ça va? Déjà_vu / 2022.01 ", "ca-va-deja-vu-2022-01")]
    [InlineData("***", "section")]
    [InlineData("Дмитро", "section")]
    public void Slug_makes_lower_case_hyphenated_ids(string input, string expected)
    {
        Assert.Equal(expected, Eval($"slug \"{input}\""));
    }

    [Fact]
    public void Attr_escapes_for_a_quoted_attribute()
    {
        Assert.Equal("say &quot;hi&quot; &amp; go", Eval("attr 'say \"hi\" & go'"));
    }

    [Fact]
    public void Escape_escapes_like_the_default()
    {
        Assert.Equal("\\*x\\*", Eval("escape \"*x*\""));
    }

    [Fact]
    public void Paragraphs_splits_on_blank_lines_and_escapes_each()
    {
        Assert.Equal("a \\*b\\*\n\nc\\|d e\n\nf", Eval("paragraphs \"a *b*\\r\\n\\r\\nc|d\\ne\\n\\n\\n\\n  f  \""));
    }

    [Fact]
    public void Paragraphs_of_null_is_empty()
    {
        Assert.Equal("", Eval("paragraphs subtitle"));
    }
}
