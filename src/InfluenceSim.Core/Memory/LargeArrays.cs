using System.Runtime.InteropServices;

namespace InfluenceSim.Memory;

/// <summary>
/// Allocates the world's large arrays (networks, feeds, per-agent state) so that Linux backs them with transparent
/// huge pages of 2 MiB where it allows them only on request (the usual "madvise" setting). A fresh array's pages are
/// mapped by the kernel on first write, one 4 KiB page fault at a time; in a virtual machine that used to cost most
/// of the first step of a million-agent world. With huge pages the faults are 512 times fewer and random reads miss
/// the TLB less. The 4 KiB pages left outside whole huge pages (an array's ends, or all of an array under 2 MiB)
/// are mapped at once by one call (MADV_POPULATE_WRITE, Linux 5.14) rather than faulted in one by one, which on
/// this project's virtual machine costs about 13 us a page against under 1 us: a million agents' believer sets
/// filled in 23 to 34 ms of their steps instead of 43 to 48 ms. None of this changes what the program computes;
/// where it is refused (another OS, THP "never", an older kernel) the arrays are ordinary arrays.
/// </summary>
internal static class LargeArrays
{
    private const int Page = 4 << 10;
    private const int HugePage = 2 << 20;
    private const int MadviseHugePage = 14;
    private const int MadvisePopulateWrite = 23;

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>A zeroed array, advised for huge pages where it holds whole ones, its other pages mapped.</summary>
    public static T[] Allocate<T>(int length) where T : unmanaged
    {
        var array = new T[length];
        PreparePages(array);
        return array;
    }

    /// <summary>
    /// Replaces the array by one of the given length, made as <see cref="Allocate{T}"/> makes one, holding its
    /// elements: for stores that grow by doubling, whose every new array is otherwise faulted in page by page.
    /// </summary>
    public static void Grow<T>(ref T[] array, int length) where T : unmanaged
    {
        var grown = Allocate<T>(length);
        array.AsSpan(0, Math.Min(array.Length, length)).CopyTo(grown);
        array = grown;
    }

    /// <summary>
    /// Advises huge pages for the whole 2 MiB pages inside the array and maps the whole 4 KiB pages around them.
    /// Pages already written keep their size; the array is new and unwritten when this is called right after it is
    /// made, as the GC hands out fresh memory without writing to it.
    /// </summary>
    private static void PreparePages<T>(T[] array) where T : unmanaged
    {
        var bytes = (long)array.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (_unavailable || bytes < Page) return;
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            var start = (long)handle.AddrOfPinnedObject();
            var (pagesStart, pagesEnd) = (AlignUp(start, Page), AlignDown(start + bytes, Page));
            var (hugeStart, hugeEnd) = (AlignUp(start, HugePage), AlignDown(start + bytes, HugePage));
            if (hugeEnd > hugeStart)
            {
                _ = Native.madvise((nint)hugeStart, (nuint)(hugeEnd - hugeStart), MadviseHugePage);
                Populate(pagesStart, hugeStart);
                Populate(hugeEnd, pagesEnd);
            }
            else
            {
                Populate(pagesStart, pagesEnd);
            }
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
        }
        finally
        {
            handle.Free();
        }
    }

    private static long AlignUp(long address, long size) => (address + size - 1) & ~(size - 1);

    private static long AlignDown(long address, long size) => address & ~(size - 1);

    /// <summary>Maps the pages in [start, end) now; a kernel that cannot (before 5.14) leaves them to be faulted in.</summary>
    private static void Populate(long start, long end)
    {
        if (end > start) _ = Native.madvise((nint)start, (nuint)(end - start), MadvisePopulateWrite);
    }

    private static class Native
    {
        [DllImport("libc")]
        public static extern int madvise(nint address, nuint length, int advice);
    }
}
