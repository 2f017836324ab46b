using System.Text;
using ReportForge.Notes;

namespace ReportForge.Templating;

/// <summary>What <c>reportforge templates show NAME</c> prints: parameters, formats, culture and the notes schema.</summary>
public static class TemplateDescription
{
    /// <summary>A plain-text description of the package.</summary>
    public static string Describe(TemplatePackage package)
    {
        var m = package.Manifest;
        var text = new StringBuilder();
        text.AppendLine($"{m.Name} {m.Version} ({package.Source.Origin})");
        text.AppendLine(m.Description);
        text.AppendLine();
        text.AppendLine($"Formats:  {string.Join(", ", m.Formats)}");
        var cultures = TemplateStrings.Cultures(package.Source);
        text.AppendLine($"Culture:  {m.Culture}{(cultures.Count > 0 ? $" (strings for {string.Join(", ", cultures)})" : "")}");
        if (m.Layout is not null) text.AppendLine($"Layout:   {m.Layout}");
        if (m.Each is not null) text.AppendLine($"Each:     one document per item of '{m.Each}', named from its id");
        if (m.PdfStandard is not null) text.AppendLine($"PDF:      {m.Standard} (--pdf-standard overrides it)");
        text.AppendLine();
        text.AppendLine(m.Parameters.Count == 0 ? "Parameters: none" : "Parameters (--set NAME=VALUE):");
        foreach (var p in m.Parameters)
            text.AppendLine($"  {p.Name} ({p.Type}, default {p.DefaultText}){(p.Description.Length > 0 ? "  " + p.Description : "")}");
        text.AppendLine();
        text.AppendLine($"Notes ({m.Schema}); * required:");
        Fields(package.Schema.Shape, "  ", text, 0);
        return text.ToString();
    }

    private static void Fields(SchemaShape shape, string indent, StringBuilder text, int depth)
    {
        foreach (var (name, child) in shape.Properties)
        {
            var required = shape.Required.Contains(name) ? "*" : "";
            var type = child.Type == "array" && child.Items is { } items ? $"list of {items.Type ?? "values"}" : child.Type ?? "any";
            text.AppendLine($"{indent}{name}{required}: {type}");
            var inner = child.Items ?? child;
            if (depth < 1 && inner.Properties.Count > 0)
                text.AppendLine($"{indent}    {string.Join(", ", inner.Properties.Keys.Select(k => k + (inner.Required.Contains(k) ? "*" : "")))}");
        }
    }
}
