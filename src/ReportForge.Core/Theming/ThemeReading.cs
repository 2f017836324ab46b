using System.Text.Json;
using ReportForge.Diagnostics;
using ReportForge.Notes;

namespace ReportForge.Theming;

/// <summary>One walk over a theme.json: fills a <see cref="Theme"/> and gathers located diagnostics.</summary>
internal sealed class ThemeReading(string file, Dictionary<string, long> offsets, Dictionary<string, long> keys, TextPositions positions)
{
    private static readonly Dictionary<string, string[]> Sections = new(StringComparer.Ordinal)
    {
        [""] = ["page", "fonts", "sizes", "colors", "spacing", "header", "footer", "banner", "watermark", "wording", "text_align", "hyphenate", "tab_size",
            "portion_marks", "tags", "change_bar", "contents", "charts"],
        ["page"] = ["size", "orientation", "margin_top", "margin_bottom", "margin_left", "margin_right"],
        ["fonts"] = ["body", "headings", "mono", "fallbacks"],
        ["sizes"] = ["body", "small", "title", "subtitle", "h1", "h2", "h3", "code", "table"],
        ["colors"] = ["text", "heading", "accent", "muted", "link", "table_header", "table_zebra", "table_border", "quote_bar", "quote_text",
            "callout_background", "callout_border", "code_background"],
        ["spacing"] = ["line_height", "paragraph", "heading_before", "heading_after", "list_indent", "list_item", "cell_padding", "header_gap"],
        ["header"] = ["left", "center", "right", "on_first_page"],
        ["footer"] = ["left", "center", "right", "on_first_page"],
        ["banner"] = ["enabled", "text_color", "colors", "default_color"],
        ["watermark"] = ["text", "color", "opacity", "size"],
        ["wording"] = ["table_continued", "contents"],
        ["contents"] = ["min_entries"],
        ["charts"] = ["data_table"],
    };

    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool Failed => _diagnostics.Any(d => d.Severity == Severity.Error);

    public Theme Theme(JsonElement root)
    {
        var theme = new Theme();
        foreach (var (key, value, at) in Members(root, ""))
        {
            switch (key)
            {
                case "page": Page(value, at, theme.Page); break;
                case "fonts": Fonts(value, at, theme.Fonts); break;
                case "sizes": Sizes(value, at, theme.Sizes); break;
                case "colors": Colours(value, at, theme.Colors); break;
                case "spacing": Spacing(value, at, theme.Spacing); break;
                // As before: a header or footer named in the theme starts empty, not from the built-in {title} / {date}.
                case "header": theme.Header = Running(value, at); break;
                case "footer": theme.Footer = Running(value, at); break;
                case "banner": Banner(value, at, theme.Banner); break;
                case "watermark": Watermark(value, at, theme.Watermark); break;
                case "wording": Wording(value, at, theme.Wording); break;
                case "text_align": theme.TextAlign = Choice(value, at, theme.TextAlign, ("justify", TextAlign.Justify), ("left", TextAlign.Left)); break;
                case "hyphenate": theme.Hyphenate = Flag(value, at, theme.Hyphenate); break;
                case "tab_size": theme.TabSize = Columns(value, at, theme.TabSize); break;
                case "portion_marks": theme.PortionMarks = Flag(value, at, theme.PortionMarks); break;
                case "tags": Tags(value, at, theme.Tags); break;
                case "change_bar": theme.Tags.ChangeBar = Colour(value, at) ?? theme.Tags.ChangeBar; break;
                case "contents": Contents(value, at, theme.Contents); break;
                case "charts": Charts(value, at, theme.Charts); break;
            }
        }
        return theme;
    }

    private void Page(JsonElement section, string pointer, PageTheme page)
    {
        foreach (var (key, value, at) in Members(section, pointer))
        {
            switch (key)
            {
                case "size": page.Size = Choice(value, at, page.Size, ("A4", PageSize.A4), ("Letter", PageSize.Letter), ("Legal", PageSize.Legal)); break;
                case "orientation": page.Orientation = Choice(value, at, page.Orientation, ("portrait", PageOrientation.Portrait),
                    ("landscape", PageOrientation.Landscape)); break;
                case "margin_top": page.MarginTop = Number(value, at, page.MarginTop, ThemeRanges.Margin, "a margin"); break;
                case "margin_bottom": page.MarginBottom = Number(value, at, page.MarginBottom, ThemeRanges.Margin, "a margin"); break;
                case "margin_left": page.MarginLeft = Number(value, at, page.MarginLeft, ThemeRanges.Margin, "a margin"); break;
                case "margin_right": page.MarginRight = Number(value, at, page.MarginRight, ThemeRanges.Margin, "a margin"); break;
            }
        }
        var (width, height) = page.Dimensions;
        Room(section, pointer, "width", width, page.MarginLeft, page.MarginRight, "margin_left", "margin_right");
        Room(section, pointer, "height", height, page.MarginTop, page.MarginBottom, "margin_top", "margin_bottom");
    }

    // The margins must leave room for text; the error stands at the larger margin the theme names.
    private void Room(JsonElement section, string pointer, string dimension, double length, double first, double second, string firstKey, string secondKey)
    {
        var left = length - first - second;
        if (left >= ThemeRanges.MinTextArea || Failed) return;
        var key = (section.TryGetProperty(firstKey, out _), section.TryGetProperty(secondKey, out _)) switch
        {
            (true, true) => first >= second ? firstKey : secondKey,
            (true, false) => firstKey,
            (false, true) => secondKey,
            _ => "size",
        };
        var at = section.TryGetProperty(key, out _) ? pointer + "/" + key : pointer;
        Error(ErrorCodes.ThemePageNoRoom, at,
            $"the margins ({ThemeReader.Number(first)} pt and {ThemeReader.Number(second)} pt) leave {ThemeReader.Number(left)} pt of the page's "
            + $"{ThemeReader.Number(length)} pt {dimension} for text; at least {ThemeReader.Number(ThemeRanges.MinTextArea)} pt must remain");
    }

    private void Fonts(JsonElement section, string pointer, FontTheme fonts)
    {
        foreach (var (key, value, at) in Members(section, pointer))
        {
            switch (key)
            {
                case "body": fonts.Body = FontName(value, at, fonts.Body); fonts.Places[key] = Locate(at); break;
                case "headings": fonts.Headings = FontName(value, at, fonts.Headings); fonts.Places[key] = Locate(at); break;
                case "mono": fonts.Mono = FontName(value, at, fonts.Mono); fonts.Places[key] = Locate(at); break;
                case "fallbacks":
                    if (value.ValueKind != JsonValueKind.Array)
                    {
                        WrongType(at, "a list of font family names", value);
                        break;
                    }
                    fonts.Fallbacks = [.. value.EnumerateArray().Select((item, i) => FontName(item, $"{at}/{i}", ""))];
                    break;
            }
        }
    }

    private string FontName(JsonElement value, string at, string current)
    {
        var name = Text(value, at, current);
        if (name.Trim().Length == 0 && value.ValueKind == JsonValueKind.String)
            Error(ErrorCodes.ThemeValueInvalid, at, "a font family name cannot be empty");
        return name;
    }

    private void Sizes(JsonElement section, string pointer, SizeTheme sizes)
    {
        foreach (var (key, value, at) in Members(section, pointer))
        {
            var size = Number(value, at, double.NaN, ThemeRanges.FontSize, "a font size");
            if (double.IsNaN(size)) continue;
            switch (key)
            {
                case "body": sizes.Body = size; break;
                case "small": sizes.Small = size; break;
                case "title": sizes.Title = size; break;
                case "subtitle": sizes.Subtitle = size; break;
                case "h1": sizes.H1 = size; break;
                case "h2": sizes.H2 = size; break;
                case "h3": sizes.H3 = size; break;
                case "code": sizes.Code = size; break;
                case "table": sizes.Table = size; break;
            }
        }
    }

    private void Colours(JsonElement section, string pointer, ColorTheme colors)
    {
        foreach (var (key, value, at) in Members(section, pointer))
        {
            if (Colour(value, at) is not { } colour) continue;
            switch (key)
            {
                case "text": colors.Text = colour; break;
                case "heading": colors.Heading = colour; break;
                case "accent": colors.Accent = colour; break;
                case "muted": colors.Muted = colour; break;
                case "link": colors.Link = colour; break;
                case "table_header": colors.TableHeader = colour; break;
                case "table_zebra": colors.TableZebra = colour; break;
                case "table_border": colors.TableBorder = colour; break;
                case "quote_bar": colors.QuoteBar = colour; break;
                case "quote_text": colors.QuoteText = colour; break;
                case "callout_background": colors.CalloutBackground = colour; break;
                case "callout_border": colors.CalloutBorder = colour; break;
                case "code_background": colors.CodeBackground = colour; break;
            }
        }
    }

    private void Spacing(JsonElement section, string pointer, SpacingTheme spacing)
    {
        foreach (var (key, value, at) in Members(section, pointer))
        {
            switch (key)
            {
                case "line_height": spacing.LineHeight = Number(value, at, spacing.LineHeight, ThemeRanges.LineHeight, "a line height"); break;
                case "paragraph": spacing.Paragraph = Number(value, at, spacing.Paragraph, ThemeRanges.Spacing, "spacing"); break;
                case "heading_before": spacing.HeadingBefore = Number(value, at, spacing.HeadingBefore, ThemeRanges.Spacing, "spacing"); break;
                case "heading_after": spacing.HeadingAfter = Number(value, at, spacing.HeadingAfter, ThemeRanges.Spacing, "spacing"); break;
                case "list_indent": spacing.ListIndent = Number(value, at, spacing.ListIndent, ThemeRanges.Spacing, "an indent"); break;
                case "list_item": spacing.ListItem = Number(value, at, spacing.ListItem, ThemeRanges.Spacing, "spacing"); break;
                case "cell_padding": spacing.CellPadding = Number(value, at, spacing.CellPadding, ThemeRanges.CellPadding, "cell padding"); break;
                case "header_gap": spacing.HeaderGap = Number(value, at, spacing.HeaderGap, ThemeRanges.Spacing, "the header gap"); break;
            }
        }
    }

    private RunningText Running(JsonElement section, string pointer)
    {
        var running = new RunningText();
        foreach (var (key, value, at) in Members(section, pointer))
        {
            switch (key)
            {
                case "left": running.Left = Text(value, at, running.Left); break;
                case "center": running.Center = Text(value, at, running.Center); break;
                case "right": running.Right = Text(value, at, running.Right); break;
                case "on_first_page": running.OnFirstPage = Flag(value, at, running.OnFirstPage); break;
            }
        }
        return running;
    }

    private void Banner(JsonElement section, string pointer, BannerTheme banner)
    {
        foreach (var (key, value, at) in Members(section, pointer))
        {
            switch (key)
            {
                case "enabled": banner.Enabled = Flag(value, at, banner.Enabled); break;
                case "text_color": banner.TextColor = Colour(value, at) ?? banner.TextColor; break;
                case "default_color": banner.DefaultColor = Colour(value, at) ?? banner.DefaultColor; break;
                case "colors":
                    if (value.ValueKind != JsonValueKind.Object)
                    {
                        WrongType(at, "an object of level names and colours", value);
                        break;
                    }
                    // As before: the theme's levels replace the built-in ones.
                    var colours = new Dictionary<string, Rgb>(StringComparer.OrdinalIgnoreCase);
                    foreach (var level in value.EnumerateObject())
                    {
                        if (Colour(level.Value, at + "/" + JsonPointerMap.Escape(level.Name)) is { } colour) colours[level.Name] = colour;
                    }
                    banner.Colors = colours;
                    break;
            }
        }
    }

    private void Watermark(JsonElement section, string pointer, WatermarkTheme watermark)
    {
        foreach (var (key, value, at) in Members(section, pointer))
        {
            switch (key)
            {
                case "text": watermark.Text = Text(value, at, watermark.Text); break;
                case "color": watermark.Color = Colour(value, at) ?? watermark.Color; break;
                case "opacity": watermark.Opacity = Number(value, at, watermark.Opacity, ThemeRanges.Opacity, "an opacity"); break;
                case "size": watermark.Size = Number(value, at, watermark.Size, ThemeRanges.WatermarkSize, "a font size"); break;
            }
        }
    }

    // Any tone name: a template names its own tones; the built-in ones stay unless the theme overrides them.
    private void Tags(JsonElement section, string pointer, TagTheme tags)
    {
        if (section.ValueKind != JsonValueKind.Object)
        {
            WrongType(pointer, "an object of tone names and colours", section);
            return;
        }
        foreach (var tone in section.EnumerateObject())
        {
            if (Colour(tone.Value, pointer + "/" + JsonPointerMap.Escape(tone.Name)) is { } colour) tags.Tones[tone.Name] = colour;
        }
    }

    private void Wording(JsonElement section, string pointer, WordingTheme wording)
    {
        foreach (var (key, value, at) in Members(section, pointer))
        {
            switch (key)
            {
                case "table_continued": wording.TableContinued = Text(value, at, wording.TableContinued); break;
                case "contents": wording.Contents = Text(value, at, wording.Contents); break;
            }
        }
    }

    // The known members of a section; an unknown key is a warning naming the nearest known one.
    private List<(string Key, JsonElement Value, string Pointer)> Members(JsonElement section, string pointer)
    {
        var members = new List<(string, JsonElement, string)>();
        if (section.ValueKind != JsonValueKind.Object)
        {
            WrongType(pointer, "an object", section);
            return members;
        }
        var known = Sections[pointer.TrimStart('/')];
        foreach (var member in section.EnumerateObject())
        {
            var at = pointer + "/" + JsonPointerMap.Escape(member.Name);
            if (known.Contains(member.Name)) members.Add((member.Name, member.Value, at));
            else Unknown(member.Name, at, pointer, known);
        }
        return members;
    }

    private void Unknown(string key, string at, string pointer, string[] known)
    {
        var where = pointer.Length == 0 ? "the theme" : $"'{Name(pointer)}'";
        var hint = ThemeReader.Nearest(key, known) is { } near
            ? $"; did you mean '{near}'?"
            : Sections.Where(s => s.Key.Length > 0 && s.Key != pointer.TrimStart('/') && s.Value.Contains(key)).Select(s => s.Key).FirstOrDefault() is { } home
                ? $"; it belongs in '{home}'"
                : $"; {where} knows {string.Join(", ", known)}";
        // At the key itself, not its value.
        var (line, column) = keys.TryGetValue(at, out var offset) ? positions.At(offset) : (Locate(at).Line, Locate(at).Column);
        _diagnostics.Add(new Diagnostic(ErrorCodes.ThemeUnknownKey, Severity.Warning, $"{Name(at)}: unknown key '{key}' in {where}, ignored{hint}",
            new SourceLocation(file, line, column, at)));
    }

    private double Number(JsonElement value, string at, double current, ThemeRange range, string what)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            WrongType(at, "a number", value);
            return current;
        }
        if (value.TryGetDouble(out var number) && range.Holds(number)) return number;
        var text = value.GetRawText();
        if (text.Length > 24) text = text[..24] + "…";
        Error(ErrorCodes.ThemeValueInvalid, at, $"{text} is out of range; {what} must lie {range}");
        return current;
    }

    private Rgb? Colour(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(at, "a colour such as \"#1f3864\"", value);
            return null;
        }
        if (Rgb.TryParse(value.GetString(), out var colour)) return colour;
        Error(ErrorCodes.ThemeColourInvalid, at, $"\"{value.GetString()}\" is not a colour; write it as # and six hexadecimal digits, such as \"#1f3864\"");
        return null;
    }

    private T Choice<T>(JsonElement value, string at, T current, params (string Name, T Value)[] allowed)
    {
        var names = string.Join(", ", allowed.Select(a => $"\"{a.Name}\""));
        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(at, $"one of {names}", value);
            return current;
        }
        var text = value.GetString()!;
        foreach (var (name, choice) in allowed)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) return choice;
        }
        Error(ErrorCodes.ThemeValueNotAllowed, at, $"\"{text}\" is not allowed here; use one of {names}");
        return current;
    }

    private string Text(JsonElement value, string at, string current)
    {
        if (value.ValueKind == JsonValueKind.String) return value.GetString()!;
        WrongType(at, "a string", value);
        return current;
    }

    private void Contents(JsonElement section, string pointer, ContentsTheme contents)
    {
        foreach (var (key, value, at) in Members(section, pointer))
        {
            if (key != "min_entries") continue;
            var number = Number(value, at, contents.MinEntries, ThemeRanges.ContentsEntries, "contents.min_entries");
            if (number == Math.Floor(number)) contents.MinEntries = (int)number;
            else Error(ErrorCodes.ThemeValueInvalid, at, $"{value.GetRawText()} is not a whole number; min_entries counts headings");
        }
    }

    private void Charts(JsonElement section, string pointer, ChartsTheme charts)
    {
        foreach (var (key, value, at) in Members(section, pointer))
            if (key == "data_table") charts.DataTable = Flag(value, at, charts.DataTable);
    }

    private int Columns(JsonElement value, string at, int current)
    {
        var number = Number(value, at, current, ThemeRanges.TabSize, "tab_size");
        if (number == Math.Floor(number)) return (int)number;
        Error(ErrorCodes.ThemeValueInvalid, at, $"{value.GetRawText()} is not a whole number; tab_size counts columns");
        return current;
    }

    private bool Flag(JsonElement value, string at, bool current)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        WrongType(at, "true or false", value);
        return current;
    }

    private void WrongType(string at, string expected, JsonElement value) =>
        Error(ErrorCodes.ThemeValueInvalid, at, $"expected {expected}, not {NotesDocument.Describe(value.ValueKind)}");

    public void Error(string code, string pointer, string message) =>
        _diagnostics.Add(new Diagnostic(code, Severity.Error, $"{Name(pointer)}: {message}", Locate(pointer)));

    private SourceLocation Locate(string pointer)
    {
        var probe = pointer;
        while (!offsets.ContainsKey(probe) && probe.Length > 0) probe = probe[..probe.LastIndexOf('/')];
        var (line, column) = positions.At(offsets.GetValueOrDefault(probe));
        return new SourceLocation(file, line, column, pointer);
    }

    // "/sizes/body" as the docs write it: sizes.body.
    private static string Name(string pointer) => pointer.Length == 0 ? "the theme"
        : pointer[1..].Replace('/', '.').Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
