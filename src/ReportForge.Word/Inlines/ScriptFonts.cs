using ReportForge.Text;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Inlines;

/// A run in a script that needs shaping (Devanagari, Tamil…) names the theme's fallback family for that script as its
/// complex-script font (w:cs), the family the PDF draws it in: Word and LibreOffice then shape it in the same font
/// instead of one their own fallback picks (whose other metrics would move lines and pages).
internal static class ScriptFonts
{
    public static W.RunProperties? Apply(string text, W.RunProperties? properties, Theme theme)
    {
        if (!ComplexScripts.NeedsShaping(text) || Family(text, theme.Fonts.Fallbacks) is not { } family) return properties;
        properties ??= new W.RunProperties();
        properties.RunFonts = new W.RunFonts { ComplexScript = family };
        return properties;
    }

    // The first fallback whose family name ends with the name of the run's first script that needs shaping
    // ("Noto Sans Devanagari", "Lohit Devanagari"): a theme names its fallbacks per script, as the shipped ones do.
    private static string? Family(string text, IReadOnlyList<string> fallbacks)
    {
        foreach (var c in text)
        {
            if (!ComplexScripts.IsComplex(c) || ComplexScripts.ScriptOf(c) is not { } script) continue;
            return fallbacks.FirstOrDefault(f => f.EndsWith(script, StringComparison.OrdinalIgnoreCase));
        }
        return null;
    }
}
