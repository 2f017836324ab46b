namespace ReportForge.Theming;

/// <summary>The values of the running-text placeholders on one page.</summary>
public readonly record struct RunningValues(string Title, string Date, string Classification, int Page, int Pages);
