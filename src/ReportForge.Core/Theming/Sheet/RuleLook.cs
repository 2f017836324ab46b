namespace ReportForge.Theming;

/// <summary>A horizontal rule: the height it takes, the line's thickness and where in that height it stands, and its colour.</summary>
/// <param name="Height">The height the rule takes in the flow.</param>
/// <param name="Thickness">The line's thickness.</param>
/// <param name="Above">From the top of the rule's height to the line: about half the rest, on a grid Word can state.</param>
/// <param name="Color">The line's colour.</param>
public sealed record RuleLook(double Height, double Thickness, double Above, Rgb Color);
