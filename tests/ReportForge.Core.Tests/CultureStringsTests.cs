using System.Globalization;
using ReportForge.Diagnostics;
using ReportForge.Notes;
using ReportForge.Templating;
using ReportForge.Theming;

namespace ReportForge.Tests;

/// <summary>Issue 21 item 3: every word of the shipped templates in the report's language, or all of it in English.</summary>
public sealed class CultureStringsTests
{
    private static RenderedMarkup Sample(string? culture, out IReadOnlyList<Diagnostic> warnings, string template = "daily-briefing")
    {
        var package = TemplatePackage.Load(new DirectoryTemplateSource(TestPaths.Template(template))).Value;
        var notes = NotesDocument.Load(TestPaths.SampleNotes).Value;
        var options = new RenderOptions { Culture = culture };
        if (package.Manifest.Each is { } each) options = options with { Item = (each, 0) };
        var rendered = TemplateRenderer.Render(package, notes, "OFFICIAL", options);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        warnings = rendered.Diagnostics;
        return rendered.Value;
    }

    [Theory]
    [InlineData("en", 0, "other")]
    [InlineData("en", 1, "one")]
    [InlineData("en", 2, "other")]
    [InlineData("de", 1, "one")]
    [InlineData("es", 0, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 1, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("ru", 21, "one")]
    [InlineData("ru", 3, "few")]
    [InlineData("ru", 11, "many")]
    [InlineData("pl", 22, "few")]
    [InlineData("ja", 1, "other")]
    [InlineData("it", 1, "one")]
    public void Plural_category_follows_cldr(string language, int count, string category) =>
        Assert.Equal(category, PluralRules.Category(CultureInfo.GetCultureInfo(language), count));

    [Theory]
    // English has no "zero" category: 0 is "other"; a "zero" form serves only languages that have one.
    [InlineData("en-US", "0 rounds|one round|3 rounds")]
    [InlineData("fr-FR", "0 série|1 série|3 séries")]
    public void T_picks_the_plural_form_by_category(string culture, string expected)
    {
        using var t = TempTemplate.Create("{{ t \"rounds\" 0 }}|{{ t \"rounds\" 1 }}|{{ t \"rounds\" 3 }}", schema: "{}", files: new Dictionary<string, string>
        {
            ["strings/en.json"] = """{ "rounds.zero": "no rounds", "rounds.one": "one round", "rounds.other": "{0} rounds" }""",
            ["strings/fr.json"] = """{ "rounds.one": "{0} série", "rounds.other": "{0} séries" }""",
        });
        Assert.Equal(expected, t.RenderOk("{}", new RenderOptions { Culture = culture }).Markup);
    }

    [Theory]
    [InlineData("en-US", "Tuesday, January 11th, 2022")]
    [InlineData("en-GB", "Tuesday 11 January 2022")]
    [InlineData("fr-FR", "mardi 11 janvier 2022")]
    [InlineData("de-DE", "Dienstag, 11. Januar 2022")]
    [InlineData("es-ES", "martes, 11 de enero de 2022")]
    [InlineData("it-IT", "Tuesday, January 11th, 2022")]
    public void Dates_read_in_the_culture_form(string culture, string expected)
    {
        var rendered = Sample(culture, out _);
        Assert.Equal(expected, rendered.Metadata.DisplayDate);
    }

    [Theory]
    [InlineData("fr-FR", "Quand\u202F:** lundi 10 janvier 2022 (hier), durée sept heures", "Page {page} sur {pages}")]
    [InlineData("de-DE", "Wann:** Montag, 10. Januar 2022 (gestern), Dauer sieben Stunden", "Seite {page} von {pages}")]
    [InlineData("es-ES", "Cuándo:** lunes, 10 de enero de 2022 (ayer), duración siete horas", "Página {page} de {pages}")]
    [InlineData("en-GB", "When:** Monday 10 January 2022 (yesterday), for seven hours", "Page {page} of {pages}")]
    public void Shipped_cultures_have_every_word(string culture, string when, string footer)
    {
        var rendered = Sample(culture, out var warnings);
        Assert.Empty(warnings);
        Assert.Contains(when, Unescape(rendered.Markup), StringComparison.Ordinal);
        var theme = Theme.Default.Localized(rendered.Metadata.Strings);
        Assert.Equal(footer, theme.Footer.Center);
    }

    [Fact]
    public void French_puts_narrow_no_break_spaces_in_labels_and_quotes_but_not_in_notes_text()
    {
        var markup = Unescape(Sample("fr-FR", out _).Markup);
        Assert.Contains("**Statut\u202F:** **Tenu**{.tag tone=held}", markup, StringComparison.Ordinal);
        Assert.Contains("«\u202FIt’s too early to tell", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("**Quand :**", markup, StringComparison.Ordinal);
        // The notes' own colons stay as written ("Inconclusive: after…").
        Assert.Contains("Inconclusive: after", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_culture_without_strings_warns_and_writes_everything_in_english()
    {
        var rendered = Sample("it-IT", out var warnings);
        var warning = Assert.Single(warnings);
        Assert.Equal(ErrorCodes.StringsCultureMissing, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("daily-briefing/strings/it.json", warning.Location!.File, StringComparison.Ordinal);
        Assert.Contains("no strings for it-IT", warning.Message, StringComparison.Ordinal);
        Assert.Equal("en-US", rendered.Metadata.Language);
        var markup = Unescape(rendered.Markup);
        Assert.Contains("When:** Monday, January 10th, 2022 (yesterday), for seven hours", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("lunedì", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("sette", markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("meeting-record")]
    [InlineData("positions-sheet")]
    public void Every_shipped_template_speaks_spanish(string template)
    {
        var rendered = Sample("es-ES", out var warnings, template);
        Assert.Empty(warnings);
        Assert.Equal("es-ES", rendered.Metadata.Language);
        Assert.DoesNotContain("Page {page}", Theme.Default.Localized(rendered.Metadata.Strings).Footer.Center, StringComparison.Ordinal);
    }

    [Fact]
    public void Theme_words_name_strings_and_fall_back_to_english()
    {
        var strings = new Dictionary<string, string> { ["contents"] = "Sommaire", ["page_of_pages"] = "Page {page} sur {pages}" };
        var localized = Theme.Default.Localized(strings);
        Assert.Equal("Sommaire", localized.Wording.Contents);
        Assert.Equal("{caption} (continued)", localized.Wording.TableContinued);
        Assert.Equal("Page {page} sur {pages}", localized.Footer.Center);
        Assert.Equal("{t:nope} x", ThemeWords.Resolve("{t:nope} x", strings));
        // A theme that still writes its wording itself keeps it.
        var literal = new Theme { Wording = new WordingTheme { Contents = "Table of contents" } };
        Assert.Equal("Table of contents", literal.Localized(strings).Wording.Contents);
        var once = literal.Localized(strings);
        Assert.Same(once, once.Localized(strings));
    }

    [Fact]
    public void Durations_and_relative_days_come_from_the_strings()
    {
        var words = new ReportWords(new Dictionary<string, string>
        {
            ["hours.one"] = "{0} heure", ["hours.other"] = "{0} heures", ["hours.gender"] = "feminine",
            ["minutes.one"] = "{0} minute", ["minutes.other"] = "{0} minutes", ["minutes.gender"] = "feminine", ["hours_minutes"] = "{0} et {1}",
            ["days_ago.one"] = "il y a {0} jour", ["days_ago.other"] = "il y a {0} jours", ["yesterday"] = "hier",
        }, CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Equal("une heure et trente minutes", words.Hours(1.5));
        Assert.Equal("sept heures", words.Hours(7));
        Assert.Equal("hier", words.Relative(new DateOnly(2022, 1, 10), new DateOnly(2022, 1, 11)));
        Assert.Equal("il y a 3 jours", words.Relative(new DateOnly(2022, 1, 8), new DateOnly(2022, 1, 11)));
    }

    private static string Unescape(string markup) => markup.Replace("\\", "", StringComparison.Ordinal);
}
