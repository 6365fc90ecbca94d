namespace PiiAnalyzers.Configuration;

/// <summary>
/// How the per-compilation caches are built. The analyzer driver runs the rules on several threads at once, and a
/// cache of symbols fills with thousands of entries per compilation (most of them new, as every edit makes a new
/// compilation): with the default of one lock per core, the threads that add entries queue on two locks on a 2-core
/// machine and spin. A cache grows by taking every stripe's lock and rehashing, so stripes are kept few enough that a
/// growth stays cheap, and the first size fits a project's symbols so that most caches never grow (with 64 stripes and
/// 257 buckets a cache grew after about four entries per stripe; the benchmark measured the change).
/// </summary>
internal static class CacheSettings
{
    /// <summary>Lock stripes of a cache: enough that threads adding entries rarely meet.</summary>
    public const int ConcurrencyLevel = 16;

    /// <summary>The first capacity of a cache (a prime).</summary>
    public const int Capacity = 1021;
}
