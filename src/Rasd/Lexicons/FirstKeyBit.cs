namespace Rasd.Lexicons;

/// <summary>A <see cref="FirstKeyIndex"/> bit for the keys of one public dictionary, registered again whenever the dictionary has changed size since.</summary>
/// <remarks>Lets a lexicon reject most tokens by their word's mask without a lookup per reading, while a caller that adds keys
/// to the dictionary later still has them found.</remarks>
internal sealed class FirstKeyBit
{
    private readonly ulong _bit = FirstKeyIndex.NewBit();
    private int _indexed = -1;

    /// <summary>The bit, the keys of <paramref name="keys"/> registered first.</summary>
    public ulong For<TValue>(Dictionary<string, TValue> keys)
    {
        if (_indexed != keys.Count)
        {
            foreach (var key in keys.Keys) FirstKeyIndex.Add(key, _bit);
            _indexed = keys.Count;
        }
        return _bit;
    }
}
