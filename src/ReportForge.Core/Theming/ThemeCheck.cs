using ReportForge.Diagnostics;

namespace ReportForge.Theming;

/// <summary>Checks what JSON typing cannot: every colour parses.</summary>
internal static class ThemeCheck
{
    public static List<Diagnostic> Colours(Theme theme, string file)
    {
        var errors = new List<Diagnostic>();
        var c = theme.Colors;
        var named = new (string Name, string Value)[]
        {
            ("colors.text", c.Text), ("colors.heading", c.Heading), ("colors.accent", c.Accent), ("colors.muted", c.Muted),
            ("colors.link", c.Link), ("colors.table_header", c.TableHeader), ("colors.table_zebra", c.TableZebra),
            ("colors.table_border", c.TableBorder), ("colors.quote_bar", c.QuoteBar), ("colors.quote_text", c.QuoteText),
            ("colors.callout_background", c.CalloutBackground), ("colors.callout_border", c.CalloutBorder),
            ("colors.code_background", c.CodeBackground), ("banner.text_color", theme.Banner.TextColor),
            ("banner.default_color", theme.Banner.DefaultColor), ("watermark.color", theme.Watermark.Color),
        };
        foreach (var (name, value) in named.Concat(theme.Banner.Colors.Select(kv => ($"banner.colors.{kv.Key}", kv.Value))))
        {
            try
            {
                Rgb.Parse(value);
            }
            catch (FormatException e)
            {
                errors.Add(new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, $"{name}: {e.Message}", SourceLocation.OfFile(file)));
            }
        }
        return errors;
    }
}
