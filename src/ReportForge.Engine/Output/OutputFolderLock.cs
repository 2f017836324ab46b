namespace ReportForge.Output;

/// <summary>
/// An advisory lock on an output folder: the file <c>.reportforge/lock</c> held open with no sharing (on Linux and macOS
/// an exclusive <c>flock</c>, which .NET takes for <see cref="FileShare.None"/>; on Windows a sharing lock). The system drops
/// it when its process ends, however it ends, so a killed run never leaves the folder locked. The file itself stays.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    private const int WouldBlock = 11; // EWOULDBLOCK on Linux
    private const int WouldBlockMac = 35; // EWOULDBLOCK on macOS
    private const int SharingViolation = unchecked((int)0x80070020); // ERROR_SHARING_VIOLATION

    private readonly FileStream _file;

    private OutputFolderLock(FileStream file) => _file = file;

    /// <summary>
    /// Takes the lock, waiting while another run holds it; <paramref name="waiting"/> is called once, with the lock file's path,
    /// when the lock is held elsewhere. Throws IOException or UnauthorizedAccessException when the lock file cannot be made.
    /// </summary>
    public static OutputFolderLock Acquire(string path, Action<string>? waiting, CancellationToken cancellation)
    {
        var told = false;
        var pause = 10;
        while (true)
        {
            try
            {
                return new OutputFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (e.HResult is WouldBlock or WouldBlockMac or SharingViolation)
            {
                if (!told) waiting?.Invoke(path);
                told = true;
                cancellation.WaitHandle.WaitOne(pause);
                cancellation.ThrowIfCancellationRequested();
                pause = Math.Min(pause * 2, 500);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
