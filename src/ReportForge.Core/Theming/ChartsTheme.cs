namespace ReportForge.Theming;

/// <summary>How charts are shown (theme <c>charts</c>).</summary>
public sealed class ChartsTheme
{
    /// <summary>
    /// Whether each chart's data also comes as a table (<c>charts.data_table</c>) for readers who cannot see the
    /// drawing; both writers draw the same table (Charts.ChartTable). Until the chart drawing is built, both writers show
    /// the table in the chart's place whatever this says.
    /// </summary>
    public bool DataTable { get; set; }
}
