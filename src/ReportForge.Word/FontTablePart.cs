using DocumentFormat.OpenXml.Packaging;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// The font table names the theme's families; each Liberation family gives the metric-compatible font Word has
/// as its alternative name, so a machine without Liberation lays the text out alike.
internal static class FontTablePart
{
    private static readonly Dictionary<string, (string AltName, W.FontFamilyValues Family, W.FontPitchValues Pitch)> Known =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["Liberation Sans"] = ("Arial", W.FontFamilyValues.Swiss, W.FontPitchValues.Variable),
            ["Liberation Serif"] = ("Times New Roman", W.FontFamilyValues.Roman, W.FontPitchValues.Variable),
            ["Liberation Mono"] = ("Courier New", W.FontFamilyValues.Modern, W.FontPitchValues.Fixed),
        };

    public static void AddTo(MainDocumentPart mainPart, Theme theme)
    {
        var fonts = new W.Fonts();
        foreach (var name in new[] { theme.Fonts.Body, theme.Fonts.Headings, theme.Fonts.Mono }.Distinct(StringComparer.OrdinalIgnoreCase))
            fonts.Append(Font(name));
        mainPart.AddNewPart<DocumentFormat.OpenXml.Packaging.FontTablePart>("rIdFontTable").Fonts = fonts;
    }

    private static W.Font Font(string name)
    {
        var font = new W.Font { Name = name };
        if (Known.TryGetValue(name, out var known))
        {
            font.AltName = new W.AltName { Val = known.AltName };
            font.FontFamily = new W.FontFamily { Val = known.Family };
            font.Pitch = new W.Pitch { Val = known.Pitch };
        }
        return font;
    }
}
