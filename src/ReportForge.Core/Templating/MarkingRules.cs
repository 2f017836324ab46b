namespace ReportForge.Templating;

/// <summary>What the markup converter needs to check and show block markings: the template's levels and the theme's portion marks.</summary>
public sealed record MarkingRules(IReadOnlyList<ClassificationLevel> Levels, bool PortionMarks)
{
    /// <summary>The default levels, without portion marks: for markup converted without a template.</summary>
    public static MarkingRules Default { get; } = new(new ClassificationSettings().Levels, false);

    /// <summary>The level named <paramref name="name"/> (case and surrounding spaces ignored), or null.</summary>
    public ClassificationLevel? Find(string name) =>
        Levels.FirstOrDefault(l => string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The higher of two level names by the template's order (a null or unknown name is lowest).</summary>
    public string? Higher(string? a, string? b) => Rank(a) >= Rank(b) ? a : b;

    private int Rank(string? name) => name is null ? -1 : Levels.ToList().FindIndex(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
}
