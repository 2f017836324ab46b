using System.Globalization;
using ReportForge.Text;

namespace ReportForge.Tests;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2022-01-10", 2022, 1, 10)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Reads_a_date_that_exists(string text, int year, int month, int day)
    {
        Assert.True(IsoDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2022-13-01")]
    [InlineData("2022-00-10")]
    [InlineData("2022-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2022-1-10")]
    [InlineData("2022/01/10")]
    [InlineData(" 2022-01-10")]
    [InlineData("2022-01-10 ")]
    [InlineData("20220110")]
    [InlineData("2022-01-1x")]
    [InlineData("２０２２-01-10")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_what_is_not_a_date_written_YYYY_MM_DD(string? text)
    {
        Assert.False(IsoDate.TryParse(text, out var date));
        Assert.Equal(default, date);
    }

    [Fact]
    public void Agrees_with_the_runtime_on_every_day_of_a_leap_cycle_and_on_near_misses()
    {
        var checkedCount = 0;
        for (var day = new DateOnly(2020, 1, 1); day < new DateOnly(2024, 1, 1); day = day.AddDays(1))
        {
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var candidate in new[] { text, text[..8] + "3" + text[9], text[..5] + "1" + text[6..], text[..9] + "9" })
            {
                var expected = DateOnly.TryParseExact(candidate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var runtime);
                Assert.Equal(expected, IsoDate.TryParse(candidate, out var ours));
                Assert.Equal(runtime, ours);
                checkedCount++;
            }
        }
        Assert.Equal(4 * 1461, checkedCount);
    }
}
