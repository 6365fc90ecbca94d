namespace PiiAnalyzers.Configuration;

/// <summary>
/// How the per-compilation caches are built. The analyzer driver runs the rules on several threads at once, and a
/// cache of symbols fills with thousands of entries per compilation (most of them new, as every edit makes a new
/// compilation): with the default of one lock per core, the threads that add entries queue on two locks on a 2-core
/// machine and spin. More lock stripes and a first size that fits a project keep adding cheap.
/// </summary>
internal static class CacheSettings
{
    /// <summary>Lock stripes of a cache: enough that threads adding entries rarely meet.</summary>
    public const int ConcurrencyLevel = 64;

    /// <summary>The first capacity of a cache.</summary>
    public const int Capacity = 257;
}
