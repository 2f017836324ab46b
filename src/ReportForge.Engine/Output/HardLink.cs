using System.Runtime.InteropServices;

namespace ReportForge.Output;

/// <summary>A second name for an existing file (a backup that costs no copy), or a copy where links are not possible.</summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="link"/> name the same bytes as <paramref name="existing"/>; throws IOException when neither a link nor a copy can be
    /// made.</summary>
    public static void Create(string existing, string link)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                if (NativeLink(existing, link) == 0) return;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc link(): fall back to a copy.
            }
        }
        // A file system without hard links (FAT, some network shares) or Windows: a copy keeps the earlier bytes just as well.
        File.Copy(existing, link, overwrite: false);
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int NativeLink(string existing, string link);
}
