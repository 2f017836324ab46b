namespace ReportForge.Theming;

/// <summary>A horizontal rule: the height it takes, the line's thickness centred in it, and its colour.</summary>
/// <param name="Height">The height the rule takes in the flow.</param>
/// <param name="Thickness">The line's thickness.</param>
/// <param name="Color">The line's colour.</param>
public sealed record RuleLook(double Height, double Thickness, Rgb Color);
