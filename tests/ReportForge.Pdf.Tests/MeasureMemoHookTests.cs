using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// The test hook that turns measure memos off reaches the layout passes started on its own flow, and no others: the
/// differential test in the property tests relies on the first, tests running beside it on the second.
/// </summary>
public sealed class MeasureMemoHookTests
{
    private static LayoutContext NewContext() => new(new RecordingCanvas(), PdfSharpMeasurer.Shared, new Size(200, 1000));

    [Fact]
    public void Layout_passes_remember_measures_unless_the_hook_is_off_on_their_own_flow()
    {
        Assert.True(NewContext().RemembersMeasures);
        MeasureMemos.Off = true;
        try
        {
            Assert.False(NewContext().RemembersMeasures);
            var elsewhere = true;
            var thread = new Thread(() => elsewhere = NewContext().RemembersMeasures);
            ExecutionContext.SuppressFlow();
            try
            {
                thread.Start();
            }
            finally
            {
                ExecutionContext.RestoreFlow();
            }
            Assert.True(thread.Join(TimeSpan.FromMinutes(1)), "the other thread hung");
            Assert.True(elsewhere);
        }
        finally
        {
            MeasureMemos.Off = false;
        }
        Assert.True(NewContext().RemembersMeasures);
    }
}
