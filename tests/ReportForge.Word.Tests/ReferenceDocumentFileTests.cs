using ReportForge.Diagnostics;
using ReportForge.Tests;

namespace ReportForge.Word.Tests;

/// <summary>A reference document is read only when it is a regular file within its limit: RF1602 otherwise, at once.</summary>
public sealed class ReferenceDocumentFileTests : IDisposable
{
    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Diagnostic Error(Result<ReferenceDocument> result)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Dev_zero_is_RF1602_without_being_read()
    {
        Assert.Equal("/dev/zero: error RF1602: the reference document is a character device; only regular files are read",
            Error(ReferenceDocument.Load("/dev/zero")).ToString());
        var link = _files.Link("house.docx", "/dev/zero");
        Assert.Equal($"{link}: error RF1602: the reference document is a symbolic link to /dev/zero, a character device; only regular files are read",
            Error(ReferenceDocument.Load(link)).ToString());
    }

    [Fact]
    public void A_fifo_or_a_folder_is_RF1602_without_waiting()
    {
        var fifo = _files.Fifo("house.docx");
        Assert.Equal($"{fifo}: error RF1602: the reference document is a FIFO (named pipe); only regular files are read",
            Error(_files.WithoutHanging(() => ReferenceDocument.Load(fifo))).ToString());
        Assert.Equal($"{_files.Dir}: error RF1602: the reference document is a folder; only regular files are read",
            Error(ReferenceDocument.Load(_files.Dir)).ToString());
    }

    [Fact]
    public void A_reference_document_over_the_limit_is_RF1602_before_it_is_read()
    {
        var huge = _files.Sparse("huge.docx", 2L << 30);
        Assert.Equal($"{huge}: error RF1602: the reference document is 2.0 GiB, more than the 64 MiB limit for reference documents",
            Error(ReferenceDocument.Load(huge)).ToString());
    }
}
