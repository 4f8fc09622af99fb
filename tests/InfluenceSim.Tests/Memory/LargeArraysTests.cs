using InfluenceSim.Memory;
using System.Globalization;
using System.Runtime.InteropServices;

namespace InfluenceSim.Tests.Memory;

public class LargeArraysTests
{
    private const long HugePage = 2 << 20;

    [Test]
    public void ArraysComeZeroedAndOfTheLengthAsked()
    {
        foreach (var length in new[] { 0, 1, 1000, 3_000_000 })
        {
            var array = LargeArrays.Allocate<int>(length);
            Assert.That(array, Has.Length.EqualTo(length));
            Assert.That(array.All(x => x == 0), Is.True);
        }
    }

    [Test]
    public void GrowingKeepsTheElementsAndAddsZeroes()
    {
        var array = Enumerable.Range(1, 5000).ToArray();
        LargeArrays.Grow(ref array, 1_000_000);
        Assert.That(array, Has.Length.EqualTo(1_000_000));
        Assert.That(array.Take(5000), Is.EqualTo(Enumerable.Range(1, 5000)));
        Assert.That(array.Skip(5000).All(x => x == 0), Is.True);
    }

    [Test]
    public void TheKernelMarksALargeArraysWholeHugePagesForHugePages()
    {
        Assume.That(OperatingSystem.IsLinux() && Directory.Exists("/sys/kernel/mm/transparent_hugepage"), "transparent huge pages are a Linux feature");
        var array = LargeArrays.Allocate<long>(1_500_000);
        var (_, firstWholePage) = Placement(array);
        Assert.That(VmFlagsAt(firstWholePage), Does.Contain("hg"), "the mapping holding the array's first whole 2 MiB page is advised (MADV_HUGEPAGE)");
        GC.KeepAlive(array);
    }

    [Test]
    public void AMillionAgentsIntArrayGetsTheHugePageItHolds()
    {
        Assume.That(OperatingSystem.IsLinux() && Directory.Exists("/sys/kernel/mm/transparent_hugepage"), "transparent huge pages are a Linux feature");
        // 3.8 MiB hold a whole 2 MiB page unless they start just past a page's start; the next array starts elsewhere.
        var arrays = new List<int[]>();
        long? wholePage = null;
        while (wholePage is null && arrays.Count < 8)
        {
            var array = LargeArrays.Allocate<int>(1_000_000);
            arrays.Add(array);
            var (start, firstWholePage) = Placement(array);
            if (firstWholePage + HugePage <= start + 4L * array.Length) wholePage = firstWholePage;
        }

        Assume.That(wholePage, Is.Not.Null, "none of eight arrays held a whole huge page");
        Assert.That(VmFlagsAt(wholePage!.Value), Does.Contain("hg"), "an array under 4 MiB is advised too when it holds a whole huge page");
        GC.KeepAlive(arrays);
    }

    [Test]
    public void ThePagesAroundTheHugePagesAreMappedAtOnce()
    {
        Assume.That(OperatingSystem.IsLinux() && Environment.OSVersion.Version >= new Version(5, 14), "MADV_POPULATE_WRITE came with Linux 5.14");
        // An array in memory the GC wrote before (after earlier tests) is mapped anyway; the next one may be fresh.
        var arrays = new List<byte[]>();
        byte[]? array = null;
        long start = 0, firstWholePage = 0;
        while (array is null && arrays.Count < 16)
        {
            var candidate = LargeArrays.Allocate<byte>(5 << 20);
            arrays.Add(candidate);
            (start, firstWholePage) = Placement(candidate);
            if (Resident(firstWholePage, firstWholePage + HugePage) == 0) array = candidate;
        }

        Assume.That(array, Is.Not.Null, "none of sixteen arrays was in fresh memory");
        var end = start + array!.Length;
        var lastWholePageEnd = end & ~(HugePage - 1);
        var (headStart, tailEnd) = ((start + Page - 1) & ~(Page - 1), end & ~(Page - 1));
        Assert.Multiple(() =>
        {
            Assert.That(Resident(headStart, firstWholePage), Is.EqualTo((firstWholePage - headStart) / Page), "the 4 KiB pages before the first whole huge page");
            Assert.That(Resident(lastWholePageEnd, tailEnd), Is.EqualTo((tailEnd - lastWholePageEnd) / Page), "the 4 KiB pages after the last");
        });
        GC.KeepAlive(arrays);
    }

    private const long Page = 4 << 10;

    /// <summary>How many of the pages in [from, to) (page-aligned) are in memory, by mincore(2).</summary>
    private static int Resident(long from, long to)
    {
        var pages = new byte[(to - from) / Page];
        if (pages.Length == 0) return 0;
        Assert.That(mincore((nint)from, (nuint)(to - from), pages), Is.Zero, "mincore");
        return pages.Count(page => (page & 1) != 0);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mincore(nint address, nuint length, byte[] pages);

    /// <summary>Where the array's elements start, and the first 2 MiB boundary at or after it (large arrays do not move).</summary>
    private static (long Start, long FirstWholePage) Placement<T>(T[] array)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            var start = (long)handle.AddrOfPinnedObject();
            return (start, (start + HugePage - 1) & ~(HugePage - 1));
        }
        finally
        {
            handle.Free();
        }
    }

    [Test]
    public void SmallArraysAreNotAdvisedForHugePages()
    {
        Assume.That(OperatingSystem.IsLinux(), "the advice is Linux's");
        var array = LargeArrays.Allocate<byte>(64 * 1024);
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            Assert.That(VmFlagsAt((long)handle.AddrOfPinnedObject()), Does.Not.Contain("hg"));
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>The VmFlags of the mapping that holds the address, from /proc/self/smaps.</summary>
    private static string[] VmFlagsAt(long address)
    {
        var inMapping = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-');
            if (dash > 0 && line.IndexOf(' ') > dash && long.TryParse(line[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var from))
            {
                var to = long.Parse(line[(dash + 1)..line.IndexOf(' ')], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                inMapping = from <= address && address < to;
            }
            else if (inMapping && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        throw new InvalidOperationException($"no mapping holds 0x{address:x}");
    }
}
