namespace ReportForge.Tests;

/// <summary>The briefing in French and German: fixed words from its strings files, dates and numbers from the culture.</summary>
public sealed class CultureTests
{
    private static (string Pdf, List<string> Headings) Render(string culture)
    {
        var output = CliRunner.TempDir();
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "--templates", TestPaths.Templates, "--culture", culture);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return (Readers.PdfText(Path.Combine(output, "talks-2022-01-11.pdf")), Readers.DocxHeadings(Path.Combine(output, "talks-2022-01-11.docx")));
    }

    [Fact]
    public void French_briefing_has_french_headings_weekdays_months_and_numbers()
    {
        var (pdf, headings) = Render("fr-FR");
        Assert.Equal("Pourparlers", headings[0]);
        Assert.Contains("Points clés", pdf);
        foreach (var heading in new[] { "Positions", "Citations", "Chronologie", "Prochaines étapes", "Sources" }) Assert.Contains(heading, headings);
        foreach (var text in new[] { "lundi 10 janvier 2022", "(hier)", "sept heures", "Ce point suit quatre séries de pourparlers, dont deux déjà tenues.", "Lignes rouges", "mardi 11 janvier 2022", "10 janv. 2022" })
            Assert.Contains(Readers.Squeeze(text), Readers.Squeeze(pdf));
        Assert.DoesNotContain("Key points", pdf);
    }

    [Fact]
    public void German_briefing_has_german_headings_weekdays_months_and_numbers()
    {
        var (pdf, headings) = Render("de-DE");
        Assert.Equal("Gespräche", headings[0]);
        Assert.Contains("Kernpunkte", pdf);
        foreach (var heading in new[] { "Positionen", "Zitate", "Chronologie", "Nächste Schritte", "Quellen" }) Assert.Contains(heading, headings);
        foreach (var text in new[] { "Montag, 10. Januar 2022", "(gestern)", "sieben Stunden", "Dieses Briefing verfolgt vier Gesprächsrunden, davon zwei bereits abgehalten.", "Rote Linien" })
            Assert.Contains(Readers.Squeeze(text), Readers.Squeeze(pdf));
    }
}
