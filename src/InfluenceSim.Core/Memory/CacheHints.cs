using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace InfluenceSim.Memory;

/// <summary>
/// Asks the processor to start loading memory the code will read or write shortly, so that loops over agents
/// scattered in large arrays (feeds) wait for one miss at a time less often. A hint only: it changes nothing that is
/// computed, never faults, and is a no-op where the processor has no such instruction exposed to .NET.
/// </summary>
internal static class CacheHints
{
    /// <summary>Starts loading the cache line that holds <paramref name="location"/> into every cache level.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref T location)
    {
        // The element is not pinned: should the GC move its array between these two lines, the hint goes to the
        // old address, which costs a wasted load and nothing else (a prefetch never faults).
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref location));
    }
}
