using ReportForge.Pdf.Layout.Elements;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

/// <summary>The style sheet's boxes as the layout's box styles.</summary>
internal static class BoxStyles
{
    public static BoxStyle From(BoxLook look) => new()
    {
        Background = look.Background,
        LeftBar = look.Bar,
        LeftBarWidth = look.BarWidth,
        PaddingLeft = look.Left,
        PaddingRight = look.Right,
        PaddingTop = look.Top,
        PaddingBottom = look.Bottom,
    };
}
