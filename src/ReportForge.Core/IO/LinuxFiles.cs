using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace ReportForge.IO;

/// <summary>
/// The few libc calls .NET does not offer: the type of a file before it is opened (.NET reports a FIFO and
/// <c>/dev/zero</c> as ordinary empty files, and opening a FIFO waits for a writer), an open that cannot block or
/// follow a link, and the type of what was opened. <c>statx</c> is used because its layout is the same on every
/// Linux architecture, unlike <c>struct stat</c>. Works under Native AOT; when libc lacks <c>statx</c> (old musl) or
/// the kernel refuses it, <see cref="Available"/> turns false and the portable checks are used instead.
/// </summary>
internal static partial class LinuxFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxTypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int OpenReadOnly = 0;
    private const int OpenNoControllingTerminal = 0x100;
    private const int OpenNonBlocking = 0x800;
    private const int OpenCloseOnExec = 0x80000;
    private const int ErrorNotFound = 2, ErrorAccess = 13, ErrorNotDirectory = 20, ErrorLoop = 40, ErrorNoSystemCall = 38;

    // O_NOFOLLOW is the one flag whose value differs between the architectures .NET runs on.
    private static readonly int OpenNoFollow = RuntimeInformation.ProcessArchitecture
        is Architecture.Arm or Architecture.Arm64 or Architecture.Armv6 or Architecture.Ppc64le ? 0x8000 : 0x20000;

    private static volatile bool _unavailable;

    /// <summary>True on Linux until libc or the kernel shows it lacks <c>statx</c>.</summary>
    [SupportedOSPlatformGuard("linux")]
    public static bool Available => !_unavailable && OperatingSystem.IsLinux();

    /// <summary>The type and size of what <paramref name="path"/> names, not following a final link; null when unavailable.</summary>
    [SupportedOSPlatform("linux")]
    public static (FileType Type, long Size, int Error)? Status(string path)
    {
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxTypeAndSize, out var status) == 0) return (TypeOf(status.Mode), (long)status.Size, 0);
            var error = Marshal.GetLastPInvokeError();
            if (error == ErrorNoSystemCall) return Unavailable();
            return (FileType.Missing, 0, error);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Unavailable();
        }
    }

    /// <summary>
    /// Opens a file for reading without blocking (a FIFO that appeared since it was checked cannot hang the open) and
    /// without following a link in its last component; then reports what was really opened. The error is an errno.
    /// </summary>
    [SupportedOSPlatform("linux")]
    public static (SafeFileHandle? Handle, FileType Type, long Size, int Error) Open(string path)
    {
        var fd = OpenFile(path, OpenReadOnly | OpenNonBlocking | OpenNoFollow | OpenCloseOnExec | OpenNoControllingTerminal, 0);
        if (fd < 0) return (null, FileType.Missing, 0, Marshal.GetLastPInvokeError());
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (Statx(fd, "", AtEmptyPath, StatxTypeAndSize, out var status) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            return (null, FileType.Missing, 0, error);
        }
        return (handle, TypeOf(status.Mode), (long)status.Size, 0);
    }

    /// <summary>What an errno from <see cref="Status"/> or <see cref="Open"/> means for a reader.</summary>
    public static (FileProblem Problem, string Detail) Explain(int error) => error switch
    {
        ErrorNotFound or ErrorNotDirectory => (FileProblem.Missing, "does not exist"),
        ErrorLoop => (FileProblem.NotAFile, "became a symbolic link while it was being opened; only regular files are read"),
        ErrorAccess => (FileProblem.Unreadable, "cannot be read: permission denied"),
        _ => (FileProblem.Unreadable, "cannot be read: " + Marshal.GetPInvokeErrorMessage(error)),
    };

    private static (FileType, long, int)? Unavailable()
    {
        _unavailable = true;
        return null;
    }

    private static FileType TypeOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileType.Regular,
        0x4000 => FileType.Directory,
        0x1000 => FileType.Fifo,
        0x2000 => FileType.CharacterDevice,
        0x6000 => FileType.BlockDevice,
        0xC000 => FileType.Socket,
        0xA000 => FileType.SymbolicLink,
        _ => FileType.Other,
    };

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenFile(string path, int flags, int mode);

    // struct statx (linux/stat.h): 256 bytes, the same on every architecture; only the fields read here are named.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(40)] public ulong Size;
    }
}
