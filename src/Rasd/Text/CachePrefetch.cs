using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Rasd.Text;

/// <summary>Asks the processor to bring a table slot into the cache ahead of its lookup, without waiting for it.</summary>
/// <remarks>
/// Unlike a plain read, a prefetch never holds up the instructions after it, so the lookups of a block of tokens can
/// have all their memory misses in flight while the tokenizer goes on. A hint only: an address that has moved (the
/// array relocated by the GC) is never read through, and where the instruction is missing nothing is done.
/// </remarks>
internal static class CachePrefetch
{
    /// <summary>Prefetches the first and the last byte of <paramref name="item"/> (an array element), which may lie on two cache lines.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Of<T>(ref T item)
        where T : struct
    {
        if (!Sse.IsSupported) return;
        ref byte first = ref Unsafe.As<T, byte>(ref item);
        Sse.Prefetch0(Unsafe.AsPointer(ref first));
        Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, Unsafe.SizeOf<T>() - 1)));
    }
}
